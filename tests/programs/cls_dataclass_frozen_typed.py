from dataclasses import dataclass, field, FrozenInstanceError, replace, astuple
import dataclasses


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)
    tags: tuple = field(default_factory=tuple)

    def __post_init__(self):
        object.__setattr__(self, "label", f"{self.rank}{self.suit}")


@dataclass
class Box:
    w: float
    h: float

    def __post_init__(self):
        object.__setattr__(self, "area", self.w * self.h)


p = Point(1, 2)
q = p.moved(3, -4) + Point(10)
print(p, q, p == Point(1, 2), hash(p) == hash(Point(1, 2)), {p: 1, q: 2}[Point(1, 2)])
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(p.x, p.y, replace(p, y=7), astuple(q))
cards = sorted([Card(10, "h"), Card(2, "s", ("x",)), Card(7, "d")])
print(cards, [c.label for c in cards], Card(3, "a") == Card(3, "b"))
try:
    cards[0].label = "no"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
b = Box(2.0, 3.5)
print(b, b.area)
b.w = 4.0
print(b, b.area)
seen = set()
for i in range(300):
    seen.add(Point(i % 17, i % 3))
print(len(seen), sum(pt.x * pt.y for pt in seen))
acc = Point(0)
for i in range(1000):
    acc = acc + Point(1, -1)
print(acc)
object.__setattr__(p, "x", 99)
print(p)
raise FrozenInstanceError("done")
