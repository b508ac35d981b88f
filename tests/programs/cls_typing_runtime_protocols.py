# typing.runtime_checkable protocols (isinstance/issubclass by members, as 3.11), Self,
# final, overload, NewType, Text, AnyStr, TypeAlias, Annotated, assert_never; hasattr on
# builtin types.
from typing import Protocol, runtime_checkable, Self, final, overload, NewType, Text, AnyStr, TypeAlias, Annotated, assert_never, Iterable
from enum import Enum


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...


class NotRuntime(Protocol):
    def run(self): ...


class File:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


class Person:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


class Robot:
    def greet(self):
        return "beep"


class Blocked(File):
    close = None


class Explicit(Closeable):
    pass


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, p: str) -> Self:
        self.parts.append(p)
        return self

    @classmethod
    def start(cls) -> Self:
        return cls()

    def build(self) -> str:
        return "-".join(self.parts)


@final
class Leaf:
    @final
    def method(self) -> int:
        return 1


class Calc:
    @overload
    def double(self, x: int) -> int: ...
    @overload
    def double(self, x: str) -> str: ...
    def double(self, x):
        return x * 2


@overload
def area(x: int) -> int: ...
@overload
def area(x: float) -> float: ...
def area(x):
    return x * x


UserId = NewType("UserId", int)
Vec: TypeAlias = list[float]
Meters = Annotated[float, "meters"]


class Color(Enum):
    RED = 1
    GREEN = 2


def describe(c: Color) -> str:
    if c is Color.RED:
        return "red"
    elif c is Color.GREEN:
        return "green"
    else:
        assert_never(c)


def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b


print(isinstance(File(), Closeable), isinstance(Person("x"), Closeable), isinstance(5, Closeable))
print(isinstance(Person("a"), Named), isinstance(Robot(), Named), isinstance(Blocked(), Closeable))
print(isinstance([1], Sized2), isinstance("s", Sized2), isinstance(3, Sized2), isinstance(Explicit(), Closeable))
print(issubclass(File, Closeable), issubclass(Robot, Closeable), issubclass(list, Sized2), issubclass(int, Sized2))
print(issubclass(Blocked, Closeable), issubclass(Explicit, Closeable))
try:
    issubclass(Person, Named)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError:", e)
things = [File(), Person("bo"), Robot(), "str", [1, 2]]
print([type(t).__name__ for t in things if isinstance(t, (Closeable, Sized2))])
print(Builder.start().add("a").add("b").build())
print(Leaf().method(), Leaf.__final__, Leaf.method.__final__)
c = Calc()
print(c.double(4), c.double("ab"), area(3), area(1.5))
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__name__, UserId.__supertype__, uid + 1)
print(Text is str, Text("x"), AnyStr, concat("a", "b"), concat(b"a", b"b"))
v: Vec = [1.0, 2.0]
m: Meters = 3.5
print(v, m, Vec)
print(describe(Color.RED), describe(Color.GREEN))
try:
    assert_never("bogus")
except AssertionError as e:
    print("AssertionError:", e)
try:
    UserId()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(File(), Iterable))


# A builtin type's attributes by CPython's dir(): hasattr used to answer False.
print(hasattr(str, "upper"), hasattr(list, "__len__"), hasattr(int, "__len__"), hasattr(dict, "nope"))
print(getattr(str, "upper")("abc"), getattr(list, "missing", "default"))


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


class Sq:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circ:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


shapes = [Sq(2), Circ(1), "nope", Sq(3)]
print(sum(s.area() for s in shapes if isinstance(s, HasArea)))


@runtime_checkable
class Sub(HasArea, Protocol):
    def perimeter(self) -> float: ...


print(isinstance(Sq(1), Sub), issubclass(Sq, HasArea), issubclass(Circ, Sub))
UserId("final") + 1
