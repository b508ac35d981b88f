from functools import cached_property, total_ordering
from operator import attrgetter, methodcaller, itemgetter


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance

    def __init__(self, name="default"):
        self.name = name


a = Singleton("a")
b = Singleton("b")
print(a is b, a.name, a.created)


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)

    def to_f(self):
        return self * 9 / 5 + 32


print(Celsius(100).to_f(), Celsius(0) + 1, isinstance(Celsius(1), float))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def stats(self):
        self.computed += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean}


ds = Dataset([1, 2, 3, 4])
print(ds.stats, ds.stats["mean"], ds.computed, "stats" in vars(ds))
del ds.stats
print(ds.stats["n"], ds.computed)


class Base:
    def __eq__(self, other):
        print("  Base.__eq__")
        return NotImplemented


class Derived(Base):
    def __eq__(self, other):
        print("  Derived.__eq__")
        return True


print(Base() == Derived())


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        print("  Vec.__add__")
        return NotImplemented

    def __radd__(self, o):
        return "Vec.radd"


class SubVec(Vec):
    def __radd__(self, o):
        return "SubVec.radd"


print(Vec(1) + SubVec(2), 1 + Vec(1))


class Address:
    def __init__(self, city):
        self.city = city


class Person:
    def __init__(self, name, age, city):
        self.name, self.age, self.address = name, age, Address(city)

    def greet(self, greeting):
        return f"{greeting}, {self.name}"


people = [Person("zed", 30, "Oslo"), Person("amy", 25, "Rome"), Person("bob", 30, "Bern")]
print([p.name for p in sorted(people, key=attrgetter("age", "name"))])
print([p.name for p in sorted(people, key=attrgetter("address.city"))])
print(list(map(methodcaller("greet", "hi"), people)), attrgetter("name", "age")(people[0]))
rows = [(p.name, p.age) for p in people]
print(sorted(rows, key=itemgetter(1, 0)), max(people, key=lambda p: (p.age, p.name)).name)


def register(cls):
    cls.registered = True
    return cls


def with_repr(*fields):
    def deco(cls):
        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        cls.__repr__ = __repr__
        return cls
    return deco


@register
@with_repr("x", "y")
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(P(1, "a"), P.registered, [P(0, 0)])


class Registry:
    handlers = {}

    @classmethod
    def handler(cls, kind):
        def deco(fn):
            cls.handlers[kind] = fn
            return fn
        return deco

    @classmethod
    def dispatch(cls, kind, *args):
        return cls.handlers.get(kind, lambda *a: "unhandled")(*args)


@Registry.handler("add")
def _add(a, b):
    return a + b


@Registry.handler("neg")
def _neg(a):
    return -a


print(Registry.dispatch("add", 2, 3), Registry.dispatch("neg", 4), Registry.dispatch("zz"), sorted(Registry.handlers))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"), max(vs))
