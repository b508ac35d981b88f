# dataclasses: generated __init__, __repr__, __eq__; defaults and default_factory.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None

    def total(self) -> float:
        return self.price * self.quantity


a = Item("pen", 1.5)
b = Item("book", 12.0, 3, ["paper"])
c = Item("pen", 1.5)
print(a)
print(b)
print(a == c, a == b, a is c, a != b)
a.tags.append("office")
print(a.tags, c.tags, a == c)        # default_factory gives each instance its own list
print(b.total(), Item(name="cup", quantity=4, price=2.25).total())
print(asdict(b))
print(astuple(b))
print(replace(b, quantity=10))
print([f.name for f in fields(Item)])
print(Item("x", 1) == ("x", 1, 1, [], None))


@dataclass
class Inventory:
    owner: str
    items: List[Item] = field(default_factory=list)
    counter: int = field(default=0, repr=False)
    secret: str = field(default="s3cr3t", repr=False, compare=False)

    def add(self, item):
        self.items.append(item)
        self.counter += 1


inv = Inventory("shop")
inv.add(Item("mug", 4.0, 2))
inv.add(Item("tea", 3.5))
print(inv)
print(sum(i.total() for i in inv.items), inv.counter)
print(Inventory("x", secret="a") == Inventory("x", secret="b"))
print(asdict(inv))


# __post_init__ and init=False fields.
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3) == Rect(2, 3))
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    Item("a", 1, 2, [], None, "extra")
except TypeError as e:
    print("TypeError:", e)


# Inheritance of dataclasses adds fields after the parent's.
@dataclass
class Base:
    id: int
    label: str = "base"


@dataclass
class Child(Base):
    extra: int = 0


print(Child(1), Child(2, "lbl", 5), [f.name for f in fields(Child)])

# Mutable defaults are rejected when the class is created.
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
