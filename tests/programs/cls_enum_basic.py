# enum.Enum with explicit values and auto(): members, iteration, lookup, repr and str.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Direction(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()

    def turn_right(self):
        members = list(Direction)
        return members[(members.index(self) + 1) % len(members)]

    @property
    def is_vertical(self):
        return self in (Direction.NORTH, Direction.SOUTH)


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(f"{Color.GREEN}", f"{Color.GREEN!r}", str(Color.BLUE), [Color.BLUE])
print(list(Color))
print([c.name for c in Color], [c.value for c in Color], len(Color))
print(Color(2), Color["BLUE"], Color(2) is Color.GREEN, Color.RED == 1, Color.RED == Color.RED)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED in Color)
print([(d.name, d.value) for d in Direction])
print(Direction.NORTH.turn_right(), Direction.WEST.turn_right(), Direction.EAST.is_vertical)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

# Members as dict keys and in match-like dispatch.
prices = {Color.RED: 10, Color.GREEN: 20}
print(prices, prices[Color.RED], Color.BLUE in prices)


def describe(c):
    if c is Color.RED:
        return "warm"
    elif c in (Color.GREEN, Color.BLUE):
        return "cool"


print([describe(c) for c in Color])


# Aliases: a second name for the same value is not a separate member.
class Status(Enum):
    ACTIVE = "active"
    RUNNING = "active"
    DONE = "done"


print(list(Status), Status.RUNNING is Status.ACTIVE, Status("active").name)
print([name for name in Status.__members__])

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


# Enum with tuple values and a custom __init__.
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for pl in Planet:
    print(pl.name, pl.value, round(pl.gravity, 2))
print(sorted(Color, key=lambda c: -c.value))
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
