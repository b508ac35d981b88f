# dataclasses edge cases: errors at class creation, ClassVar, hashing rules, nesting.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
from typing import ClassVar, List


@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str
    hits: int = 0

    def __post_init__(self):
        Counter.total += 1


a, b = Counter("a"), Counter("b", 3)
print(a, b, Counter.total, [f.name for f in fields(a)], a.__match_args__)
print(is_dataclass(a), is_dataclass(Counter), is_dataclass(3), Counter.__hash__ is None)

for src in ("order", "nondefault", "noann", "hash", "frozen_mix"):
    try:
        if src == "order":
            @dataclass(order=True)
            class A:
                x: int
                def __lt__(self, other):
                    return True
        elif src == "nondefault":
            @dataclass
            class B:
                x: int = 0
                y: int
        elif src == "noann":
            @dataclass
            class C:
                x: int
                y = field(default=3)
        elif src == "hash":
            @dataclass(unsafe_hash=True)
            class D:
                x: int
                def __hash__(self):
                    return 1
        else:
            @dataclass(frozen=True)
            class E:
                x: int

            @dataclass
            class F(E):
                y: int
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default_factory=list, hash=False, compare=False)


print(hash(H(5)) == hash(H(5, [1])), H(5) == H(5, [2]))


@dataclass
class Inner:
    v: int


@dataclass
class Outer:
    items: List[Inner]
    pair: tuple = (1, 2)
    tag: str = "t"


o = Outer([Inner(1), Inner(2)])
print(asdict(o), astuple(o))
try:
    replace(o, nothing=1)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(Inner)
except TypeError as e:
    print("TypeError", e)


@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=7)


n = NoInit(1)
print(n, replace(n, a=2))
try:
    replace(n, b=1)
except ValueError as e:
    print("ValueError", e)
try:
    NoInit(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    NoInit(a=1, c=2)
except TypeError as e:
    print("TypeError", e)


@dataclass(repr=False, eq=False)
class Plain:
    x: int


print(Plain(1) == Plain(1), type(repr(Plain(1))).__name__, Outer.__annotations__["tag"])
try:
    @dataclass
    class Holder:
        inner: Inner = Inner(1)
except ValueError as e:
    print("ValueError", e)
