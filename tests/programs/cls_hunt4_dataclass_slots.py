from dataclasses import dataclass, field, fields, asdict, replace, FrozenInstanceError

@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = P(1)
print(p, P.__slots__, p.norm1(), hasattr(p, "__dict__"), asdict(p), replace(p, y=5))
try:
    p.z = 3
except AttributeError as e:
    print("AE", e)
print(type(P.x).__name__, [f.name for f in fields(P)], P(1) == P(1), P(2, 3) != P(2, 4))

@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = "b"
f = F(1)
print(f, hash(f) == hash((1, "b")), F.__slots__)
try:
    f.a = 2
except FrozenInstanceError as e:
    print("FIE", e)
try:
    f.c = 2
except TypeError as e:
    print("TE", e)

@dataclass(slots=True)
class Base:
    a: int
@dataclass(slots=True)
class Child(Base):
    b: int = 1
c = Child(5)
print(c, Child.__slots__, Base.__slots__, isinstance(c, Base))

class Registry:
    seen = []
    def __init_subclass__(cls, **kw):
        Registry.seen.append(cls.__name__)
@dataclass(slots=True, order=True)
class Item(Registry):
    name: str
    qty: int = 0
print(sorted([Item("b", 2), Item("a", 5)]), Registry.seen)

@dataclass(slots=True, weakref_slot=True)
class W:
    v: int
print(W.__slots__, W(3))
try:
    @dataclass(weakref_slot=True)
    class Bad:
        v: int
except TypeError as e:
    print("TE", e)
try:
    @dataclass(slots=True)
    class Bad2:
        __slots__ = ("v",)
        v: int
except TypeError as e:
    print("TE", e)
