# Realistic class code: callable decorator objects, __getattr__ proxies, slots vectors
# with operators, counters, nested classes, classmethods with super(), __dict__ idioms.
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CountCalls
def add(a, b=2):
    """Adds."""
    return a + b


print(add(1), add(1, b=5), add.calls, add.__name__, add.__doc__)


class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log, p.__class__.__name__)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return Vec(self.x + o.x, self.y + o.y)

    __radd__ = __add__

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(3, 4)
w = v
v += Vec(1, 1)
print(v, w, v is w, abs(Vec(3, 4)), -v, 1 + v, v + 0.5, bool(Vec(0, 0)), f"{v:.2f}", format(v, "04d"))
print(sum([Vec(1, 2), Vec(3, 4)], Vec(0, 0)))
try:
    {v}
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    count = 0

    def hit(self):
        self.count += 1
        return self.count


c1, c2 = Counter(), Counter()
c1.hit()
c1.hit()
print(c1.count, c2.count, Counter.count, c1.__dict__, c2.__dict__)


class Outer:
    class Inner:
        def __repr__(self):
            return "Inner!"

    def make(self):
        return self.Inner()


print(Outer().make(), Outer.Inner.__qualname__, Outer.Inner.__name__)


class Base:
    @classmethod
    def create(cls):
        return cls()

    def __repr__(self):
        return f"<{type(self).__name__}>"


class Child(Base):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = True
        return obj


o = Child.create()
print(o, o.extra, isinstance(o, Base), issubclass(Child, Base), Child.__mro__)


class Temp:
    def __init__(self, c):
        self.c = c

    def __lt__(self, o):
        return self.c < o.c

    def __repr__(self):
        return f"{self.c}C"


ts = [Temp(30), Temp(-5), Temp(12.5)]
print(sorted(ts), min(ts), max(ts))
try:
    Temp(1) > 3
except TypeError as e:
    print("TypeError:", e)
try:
    Temp(1) <= Temp(2)
except TypeError as e:
    print("TypeError:", e)
class Cfg:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def get(self, k):
        return self.__dict__.get(k, "?")


class Loud:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return "intercepted " + name
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)


def show(o):
    return (o.x, o.y) if hasattr(o, "y") else (o.x,)


c = Cfg(x=1, y="two")
print(show(c), c.get("y"), c.get("z"))
c.__dict__["x"] = 10
print(show(c))
for k in ["x", "y"]:
    setattr(c, k, getattr(c, k) * 2)
print(show(c), vars(c))
l = Loud()
l.y = 21
print(show(l), l.y, show(c))
del c.__dict__["y"]
print(show(c), hasattr(c, "y"))
