from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, is_dataclass
from typing import List, Optional, ClassVar
import dataclasses


@dataclass
class Address:
    street: str
    city: str
    zip_code: str = "00000"


@dataclass
class Person:
    name: str
    age: int
    address: Optional[Address] = None
    emails: List[str] = field(default_factory=list)
    password: str = field(default="", repr=False)
    score: float = field(default=0.0, compare=False)
    species: ClassVar[str] = "human"

    def greeting(self):
        return f"Hi, I'm {self.name}"


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    def bump(self, part):
        if part == "major":
            return replace(self, major=self.major + 1, minor=0, patch=0)
        if part == "minor":
            return replace(self, minor=self.minor + 1, patch=0)
        return replace(self, patch=self.patch + 1)


@dataclass
class Rect:
    width: float
    height: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height


@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1


@dataclass(eq=False)
class Handle:
    ident: int


@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)

    def add(self, *vals):
        for v in vals:
            self.children.append(Node(v))
        return self

    def total(self):
        return self.value + sum(c.total() for c in self.children)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str


@dataclass
class Base:
    x: int = 0

    def describe(self):
        return f"{type(self).__name__} x={self.x}"


@dataclass
class Derived(Base):
    y: int = 1
    z: List[int] = field(default_factory=lambda: [1, 2])


p = Person("Ann", 30, Address("Main St", "Springfield"), ["a@x.com"], "secret", 9.5)
q = Person("Ann", 30, Address("Main St", "Springfield"), ["a@x.com"], "other", 1.0)
print(p)
print(p == q, p.greeting(), Person.species, p.species)
print(asdict(p))
print(astuple(p))
print([f.name for f in fields(p)], is_dataclass(p), is_dataclass(Person), is_dataclass(5))
v = [Version.parse("1.2.3"), Version(1, 10), Version(0, 9, 9), Version(1, 2)]
print(sorted(v), max(v), str(v[0].bump("minor")), v[0] < v[1], v[3] <= v[0])
print(hash(Version(1)) == hash(Version(1, 0, 0)), {Version(1), Version(1, 0)}, Version(2) > Version(1, 99))
try:
    v[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print("Frozen:", e)
r = Rect(2, 3, scale=2)
print(r, r.area)
r2 = Rect(1, 1)
print(r2)
c = Config("app", debug=True)
print(c, Config("x", level=3))
try:
    Config("x", True)
except TypeError as e:
    print("TypeError:", e)
h1, h2 = Handle(1), Handle(1)
print(h1 == h2, h1 == h1, h1)
tree = Node(1).add(2, 3)
tree.children[0].add(4)
print(tree.total(), tree)
print(asdict(tree))
print({Key(1, "a"): 1}[Key(1, "a")], Key(1, "a") == Key(1, "b"))
d = Derived(5)
print(d, d.describe(), Derived(1, 2, [3]), [f.name for f in fields(Derived)])
d2 = replace(d, y=7)
print(d2, d2.z is d.z)
try:
    Person("x")
except TypeError as e:
    print("TypeError:", e)
try:
    replace(r, area=3)
except ValueError as e:
    print("ValueError:", e)
print(Version(1, 2) == (1, 2, 0), Version.__eq__(Version(1), Version(1)))
print(repr(Address("a", "b")), Address("a", "b", "z") != Address("a", "b"))
