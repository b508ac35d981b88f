# dataclass(order=True) comparisons and sorting; frozen=True immutability and hashing.
from dataclasses import dataclass, field, FrozenInstanceError, replace


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    deadline: int = 0


tasks = [Task(3, "write"), Task(1, "plan", 5), Task(2, "code"), Task(1, "think", 2), Task(3, "test", -1)]
for t in sorted(tasks):
    print(t)
print(Task(1, "a") < Task(2, "b"), Task(1, "a", 3) <= Task(1, "zzz", 3), Task(1, "a") == Task(1, "b"))
print(max(tasks).name, min(tasks).name)
try:
    Task(1, "a") < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def shifted(self, dx=0, dy=0):
        return replace(self, x=self.x + dx, y=self.y + dy)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
print(p, p.shifted(dx=5), p.norm1)
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    p.z = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))

# Frozen + eq gives a __hash__, so points work as dict keys and set members.
grid = {Point(0, 0): "origin", Point(1, 2): "p"}
print(grid[Point(1, 2)], Point(0, 0) in grid, len({Point(1, 1), Point(1, 1)}))
print(hash(Point(3, 4)) == hash(Point(3, 4)))


# A non-frozen dataclass with eq=True is unhashable.
@dataclass
class Mutable:
    v: int


try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError:", e)


# unsafe_hash / eq=False variants.
@dataclass(eq=False)
class ByIdentity:
    v: int


a1, a2 = ByIdentity(1), ByIdentity(1)
print(a1 == a2, a1 == a1, len({a1, a2}))


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


vs = sorted([Version(1, 2), Version(0, 9, 9), Version(1, 10), Version(1, 2, 1), Version(1)])
print([str(v) for v in vs])
print(repr(vs[0]), Version(2) > Version(1, 99, 99))
