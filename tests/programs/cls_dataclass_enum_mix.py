# Frozen dataclasses as set members and sort keys, FrozenInstanceError's class name, enums with methods in match, dict keys and f-strings.
from dataclasses import dataclass
from enum import Enum
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
    def dist(self): return abs(self.x) + abs(self.y)
ps = {P(1, 2), P(1, 2), P(0)}
print(len(ps), sorted(ps, key=P.dist), P(3) == P(3, 0), repr(P(-1, 5)))
try:
    P(1).x = 5
except Exception as e:
    print(type(e).__name__, e)
class Color(Enum):
    RED = "r"
    GREEN = "g"
    def describe(self): return f"{self.name.title()} ({self.value})"
print([c.describe() for c in Color], Color("g"), Color["RED"].value, len(Color), Color.RED in Color)
try:
    Color("x")
except ValueError as e:
    print(e)
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green!")
print({Color.RED: 1}[Color.RED], Color.RED is Color("r"), str(Color.RED), f"{Color.GREEN}")
