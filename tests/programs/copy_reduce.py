import copy
class A:
    def __reduce__(self): return 5
try: copy.copy(A())
except TypeError as e: print(e)
class B:
    def __reduce__(self): return (B,)
try: copy.copy(B())
except TypeError as e: print(e)
class C:
    def __reduce__(self): return (C, (), None, None, None, 1)
try: copy.copy(C())
except TypeError as e: print(e)
class D:
    def __reduce__(self): return "D"
d = D(); print(copy.copy(d) is d, copy.deepcopy(d) is d)
class E:
    def __init__(self, v=0): self.v = v
    def __reduce__(self): return (E, (self.v,), {"w": [1, 2]}, iter([]), None)
e = copy.deepcopy(E(3)); print(e.v, e.w)
class F:
    def __reduce__(self): return (F, (), ({"a": 1}, {"b": 2}))
f = copy.copy(F()); print(f.a, f.b)
class G:
    def __reduce__(self): return (G, (), ({"a": 1}, {3: 2}))
try: copy.copy(G())
except TypeError as e: print(e)
class L(list):
    def __reduce__(self): return (L, (), None, iter(self), None)
l = copy.deepcopy(L([[1], [2]])); print(l, type(l).__name__)
class M(dict):
    def __reduce_ex__(self, proto): print("proto", proto); return (M, (), None, None, iter(self.items()))
print(copy.copy(M(a=[1])))
class Cyc:
    def __init__(self): self.me = self
    def __reduce__(self): return (Cyc.__new__, (Cyc,), self.__dict__)
c = Cyc(); c2 = copy.deepcopy(c); print(c2.me is c2, c2 is not c)
class S:
    def __init__(self): self.a = 1
    def __reduce__(self): return (S, (), self.__dict__)
    def __setstate__(self, st): print("setstate", st); self.__dict__.update(st); self.b = 2
s = copy.deepcopy(S()); print(s.a, s.b)
class N:
    def __reduce__(self): return (N, (), [("x", 1)])
try: copy.copy(N())
except Exception as e: print(type(e).__name__, e)
# pyperformance's deepcopy: a local class whose __reduce__ returns its __dict__ as state.
def bench_reduce(n):
    class C(object):
        def __init__(self):
            self.a = 1
            self.b = [2, "ü"]

        def __reduce__(self):
            return (C, (), self.__dict__)

        def __setstate__(self, state):
            self.__dict__.update(state)

    c = C()
    out = None
    for _ in range(n):
        out = copy.deepcopy(c)
    return out
r = bench_reduce(3)
print(r.a, r.b, type(r).__name__)
# Classes and functions are their own copies.
def fn(): return 1
print(copy.copy(fn) is fn, copy.deepcopy([fn, E])[0] is fn, copy.deepcopy({"k": E})["k"] is E)
# __reduce__ raising propagates.
class Bad:
    def __reduce__(self): raise ValueError("no reduce")
try: copy.deepcopy([Bad()])
except ValueError as e: print("ValueError", e)
# __reduce_ex__ takes priority over __reduce__, and its state reaches __setstate__ deep-copied.
class P:
    def __init__(self): self.items = [[1, 2]]
    def __reduce__(self): return (P, ())
    def __reduce_ex__(self, proto): return (P, (), {"items": self.items, "proto": proto})
    def __setstate__(self, st): self.__dict__.update(st)
p = P(); p2 = copy.deepcopy(p); p3 = copy.copy(p)
print(p2.items, p2.items is p.items, p2.items[0] is p.items[0], p3.items is p.items, p2.proto)
# A dict item iterator with a bad pair.
class BD(dict):
    def __reduce__(self): return (BD, (), None, None, iter([(1, 2, 3)]))
try: copy.copy(BD())
except ValueError as e: print("ValueError", e)
