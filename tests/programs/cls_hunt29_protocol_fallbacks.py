# Protocol fallbacks a class-heavy program leans on: iteration and `in` through
# __getitem__, __index__, __getattr__/__setattr__/__delattr__ proxies, reflected-operator
# priority for subclasses, __eq__ NotImplemented, __hash__ None inherited, recursive_repr,
# __missing__, suppressing __exit__, generator __iter__ with send, property deleters.
import reprlib
from collections import defaultdict

class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
s = Seq(5)
print(list(s), 9 in s, 10 in s, sorted(s, reverse=True), [*s], max(s), dict.fromkeys(s))
it = iter(s); next(it); print(list(it))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3))[-1], (1, 2, 3) * Idx(2))
try:
    [1][Idx("x")]
except TypeError as e:
    print("TypeError:", e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._t, name)
    def __setattr__(self, name, v):
        self.log.append("set " + name)
        setattr(self._t, name, v)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._t, name)
class Target:
    def __init__(self): self.x = 1
    def hello(self): return f"hello {self.x}"
t = Target(); p = Proxy(t)
p.x = 5
print(p.hello(), p.x, t.x, p.log)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
print(p.log, hasattr(p, "nope"), getattr(p, "nope", "dflt"))

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print(f"  Num.__add__({type(o).__name__})")
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        print(f"  Num.__radd__({type(o).__name__})")
        return Num(o + self.v)
    def __repr__(self): return f"{type(self).__name__}({self.v})"
class Sub(Num):
    def __radd__(self, o):
        print("  Sub.__radd__")
        return Sub(o.v * 100 + self.v)
print(Num(1) + Sub(2))
print(Sub(1) + Num(2))
print(sum([Num(1), Num(2)], Num(0)), sum([Num(1), Num(2)]))
class E1:
    def __eq__(self, o):
        print("  E1.eq"); return NotImplemented
class E2(E1):
    def __eq__(self, o):
        print("  E2.eq"); return True
print(E1() == E2(), E2() == E1())
class HashEq:
    def __eq__(self, o): return True
class Child(HashEq):
    pass
print(HashEq.__hash__, Child.__hash__)
try:
    {Child()}
except TypeError as e:
    print("TypeError:", e)

class Tree:
    def __init__(self, v): self.v, self.kids = v, []
    @reprlib.recursive_repr()
    def __repr__(self): return f"Tree({self.v}, {self.kids})"
a = Tree(1); b = Tree(2); a.kids.append(b); b.kids.append(a)
print(a, [a, b])
l = [1]; l.append(l); d = {"k": l}; d["d"] = d
print(l, d)

class Counter(dict):
    def __missing__(self, k):
        return 0
    def __repr__(self): return "C" + super().__repr__()
c = Counter()
for ch in "hello":
    c[ch] = c[ch] + 1
print(c, c["z"], "z" in c, c.get("z"), len(c))
dd = defaultdict(list)
dd["a"].append(1)
print(dd, dict(dd))

class Res:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Res("a") as r1, Res("b", True) as r2:
    print("body", r1.name, r2.name)
    raise KeyError("boom")
print("after")
try:
    with Res("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
class Gen:
    def __init__(self, data): self.data = data
    def __iter__(self):
        for i, x in enumerate(self.data):
            got = yield x
            if got: print("  got", got)
g = iter(Gen("xyz"))
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration:
    print("stop")
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting"); self._c = None
    f = property(lambda self: self._c * 9 / 5 + 32)
tp = Temp(); tp.c = 100
print(tp.c, tp.f)
del tp.c
print(tp.c)
try:
    tp.f = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    tp.c = -300
except ValueError as e:
    print("ValueError:", e)
