# Hunt: deepcopy of cyclic objects, __getstate__/__setstate__, __init_subclass__, __set_name__, unhashable __eq__ classes, the old sequence protocol.
import copy
class Node:
    def __init__(self, v): self.v = v; self.peer = None; self.kids = []
n = Node(1); m = Node(2); n.peer = m; m.peer = n; n.kids.append(n)
c = copy.deepcopy(n)
print(c.v, c.peer.v, c.peer.peer is c, c.kids[0] is c, c is not n)
class State:
    def __init__(self): self.a = 1; self.cache = {"x": 1}
    def __getstate__(self):
        s = self.__dict__.copy(); del s["cache"]; return s
    def __setstate__(self, s):
        self.__dict__.update(s); self.cache = {}
s = State(); t = copy.copy(s); u = copy.deepcopy(s)
print(vars(t), vars(u))
class Reg:
    items = {}
    def __class_getitem__(cls, k): return f"Reg[{k}]"
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Reg.items[key or cls.__name__] = cls
class A(Reg, key="alpha"): pass
class B(Reg): pass
print(Reg[int], sorted(Reg.items), Reg.items["alpha"] is A)
class Desc:
    def __set_name__(self, owner, name): self.pub, self.priv = name, "_" + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.priv, "unset")
    def __set__(self, obj, v):
        if v < 0: raise ValueError(f"{self.pub} must be >= 0")
        setattr(obj, self.priv, v)
class Acct:
    balance = Desc()
    limit = Desc()
a = Acct()
print(a.balance); a.balance = 10; print(a.balance, a._balance, type(Acct.balance).__name__, Acct.limit.pub)
try: a.limit = -1
except ValueError as e: print(e)
class Eq:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Eq) and self.k == o.k
try: {Eq(1)}
except TypeError as e: print(e)
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) in [Eq(1)], [Eq(1)].index(Eq(1)), [Eq(2), Eq(1)].count(Eq(1)), Eq.__hash__)
class H(Eq):
    __hash__ = object.__hash__
print(len({H(1), H(1)}))
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
print(list(Seq(4)), list(reversed(Seq(4))), 9 in Seq(4), sorted(Seq(3), reverse=True), any(Seq(2)), max(Seq(5)))
x, *rest = Seq(3); print(x, rest)
print(dict(enumerate(Seq(3))), list(zip(Seq(2), "ab")), "-".join(map(str, Seq(3))))
