# Hunt: proxies (__getattr__/__setattr__), iterators, copy/deepcopy hooks (__deepcopy__), numeric dunders (divmod, 3-argument pow).
import copy
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)
class Target:
    def __init__(self): self.a = 1
    def hello(self): return f"hello {self.a}"
t = Target()
p = Proxy(t)
p.a = 5
print(p.a, p.hello(), t.a, hasattr(p, "zzz"))
p.b = 2
del p.b
print(p._log, vars(t))
class Validated:
    def __setattr__(self, name, value):
        if name.startswith("n_") and not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        super().__setattr__(name, value)
v = Validated(); v.n_x = 3; v.other = "s"
try:
    v.n_y = "bad"
except TypeError as e:
    print(e)
print(v.__dict__)
class Upper:
    def __getattribute__(self, name):
        if name.startswith("up_"):
            return object.__getattribute__(self, name[3:]).upper()
        return object.__getattribute__(self, name)
    def __init__(self): self.word = "abc"
u = Upper(); print(u.word, u.up_word)
try:
    u.up_missing
except AttributeError as e:
    print(e)
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
c = Counter(3)
print(list(c), list(c), next(iter(Counter(5))), sum(Counter(4)), [x * y for x in Counter(2) for y in Counter(2)])
print(next(c, "done"))
class Pt:
    def __init__(self, x, tags): self.x, self.tags = x, tags
    def __repr__(self): return f"Pt({self.x}, {self.tags})"
a = Pt(1, [1, 2]); b = copy.copy(a); c = copy.deepcopy(a)
a.tags.append(3)
print(a, b, c, b.tags is a.tags, c.tags is a.tags)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): return Custom(self.v + ["copied"])
    def __deepcopy__(self, memo): return Custom(["deep"])
print(copy.copy(Custom([1])).v, copy.deepcopy(Custom([1])).v)
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __divmod__(self, o): return (self.v // o, self.v % o)
    def __pow__(self, e, mod=None): return pow(self.v, e, mod)
    def __invert__(self): return Num(~int(self.v))
    def __lshift__(self, k): return Num(int(self.v) << k)
    def __repr__(self): return f"Num({self.v})"
n = Num(7)
print(int(n), float(n), [0, 1, 2, 3, 4, 5, 6, 7, 8][n], divmod(n, 2), pow(n, 2), pow(n, 2, 5), n ** 3, ~n, n << 2, hex(n), bin(n), range(n)[-1])
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
