# Class attributes read and called through a class receiver at one site, many times:
# the site's cache must see every rebinding, deletion and override, bind classmethods to
# the receiving class, and agree with the generic path for every kind of attribute.
from abc import ABC
from enum import Enum


class Base:
    LIMIT = 10
    tag = "base"

    @classmethod
    def make(cls, x):
        return (cls.__name__, x * 2)

    @staticmethod
    def twice(x):
        return x + x

    def plain(x):  # a function read through the class: no binding
        return -x


class Child(Base):
    tag = "child"


class Grand(Child):
    pass


def read(c):
    return (c.LIMIT, c.tag)


def call(c, x):
    return (c.make(x), c.twice(x), c.plain(x))


out = []
for i in range(6):
    for c in (Base, Child, Grand):
        out.append(read(c))
        out.append(call(c, i))
    if i == 1:
        Base.LIMIT = 20  # rebinding on the base: every subclass sees it
    if i == 2:
        Grand.LIMIT = 30  # an override on a subclass only
    if i == 3:
        del Grand.LIMIT
        Child.make = classmethod(lambda cls, x: ("lambda", cls.__name__, x))
    if i == 4:
        Base.twice = staticmethod(lambda x: x * 100)
        del Child.tag
print(out[:6])
print(out[-6:])
print(len(out), sum(1 for o in out if o[0] == 20))


# One site that sees classes and instances in turn.
class Point:
    kind = "pt"

    def __init__(self):
        self.kind = "instance"


def kind(x):
    return x.kind


print([kind(x) for x in (Point, Point(), Point, Point())])


# A class attribute that is a descriptor, a property object, a callable instance.
class Desc:
    def __get__(self, obj, cls):
        return ("desc", obj is None, cls.__name__)


class Callme:
    def __call__(self, *a):
        return ("called", a)


class Holder:
    d = Desc()
    p = property(lambda self: 1)
    c = Callme()
    n = None


def attrs(h):
    return (h.d, type(h.p).__name__, h.c(1, 2), h.n)


print([attrs(Holder) for _ in range(3)])


class H2(Holder):
    pass


print(attrs(H2), attrs(Holder()))


# Enum classes and ABCs.
class Color(Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def first(cls):
        return cls.RED


class Shape(ABC):
    SIDES = 0

    @classmethod
    def describe(cls):
        return f"{cls.__name__}:{cls.SIDES}"


class Tri(Shape):
    SIDES = 3


print([(Color.RED, Color.first(), Color.GREEN.value) for _ in range(2)])
print([(s.describe(), s.SIDES) for s in (Shape, Tri, Shape, Tri)])


# A metaclass with a property of the same name as a class attribute lookup.
class Meta(type):
    @property
    def LIMIT(cls):
        return "meta-" + cls.__name__


class WithMeta(metaclass=Meta):
    pass


print([WithMeta.LIMIT for _ in range(2)])
for c in (Base, Child, Grand):
    try:
        print(c.missing)
    except AttributeError as e:
        print("AttributeError:", e)
print(Grand.tag, Child.tag, Base.make(1), Grand.make(1))
print(Grand.nothing)
