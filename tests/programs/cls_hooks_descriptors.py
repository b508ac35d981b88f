# __init_subclass__, data descriptors with __set_name__, __getattr__/__setattr__ proxies, class decorators, __call__, __slots__, NotImplemented with sum().
class Registry:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[key or cls.__name__.lower()] = cls

class Alpha(Registry, key="a"): pass
class Beta(Registry): pass
print(sorted(Registry.plugins), Registry.plugins["a"] is Alpha)

class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age

p = Person("Ann", 30)
print(p.name, p.age, isinstance(Person.name, Typed))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)

class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v):
        if n.startswith("x"): raise AttributeError(f"read-only {n}")
        setattr(self._t, n, v)
pr = Proxy(p)
pr.age = 31
print(pr.name, p.age)
try:
    pr.xy = 1
except AttributeError as e:
    print(e)

def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst: inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Conf:
    def __init__(self, v): self.v = v
print(Conf(1).v, Conf(2).v, Conf(1) is Conf(3))

class Counter:
    def __init__(self): self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter(); c(); c(5)
print(c.n, callable(c), callable(3))

class Base:
    @classmethod
    def create(cls, *a): return cls(*a)
    def __repr__(self): return f"{self.__class__.__name__}{tuple(self.__dict__.values())}"
class Pt(Base):
    __slots__ = ()
    def __init__(self, x, y): self.x, self.y = x, y
print(Pt.create(1, 2), Base.create())
class Money:
    __slots__ = ("amount", "cur")
    def __init__(self, a, c): self.amount, self.cur = a, c
    def __add__(self, o):
        if isinstance(o, Money) and o.cur == self.cur: return Money(self.amount + o.amount, self.cur)
        return NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __str__(self): return f"{self.amount:.2f} {self.cur}"
print(sum([Money(1.5, "EUR"), Money(2.25, "EUR")]), end=" ")
try:
    Money(1, "EUR") + 5
except TypeError as e:
    print(e)
try:
    Money(1, "X").other = 3
except AttributeError as e:
    print(e)
