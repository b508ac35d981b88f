from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} is #{self.value}"

    @classmethod
    def parse(cls, s):
        return cls[s.upper()]

    @property
    def is_warm(self):
        return self in (Color.RED,)


@unique
class Status(IntEnum):
    PENDING = auto()
    ACTIVE = auto()
    DONE = auto()


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, Color(1))
print([c.name for c in Color], len(Color), list(Color.__members__))
print(Color.GREEN.describe(), Color.parse("blue"), Color.RED.is_warm, Color.BLUE.is_warm)
print(Status.ACTIVE, repr(Status.ACTIVE), Status.ACTIVE + 1, Status.DONE > Status.PENDING, int(Status.DONE))
print(sorted([Status.DONE, Status.PENDING, Status.ACTIVE]))
print(Perm.R | Perm.W, Perm.RW, (Perm.R | Perm.W) == Perm.RW, Perm.R in Perm.RW, Perm.X in Perm.RW)
print(repr(Perm.R | Perm.X), bool(Perm.R & Perm.W), Perm(0), repr(Perm(0)))
print(Mode.A | Mode.C, repr(Mode.A | Mode.B), int(Mode.A | Mode.C), Mode(6), Mode.A | 8)
for p in Planet:
    print(p.name, p.value, round(p.gravity, 2))
print(Shape("SQ"), Shape("ci"))
try:
    Shape("tri")
except ValueError as e:
    print("ValueError:", e)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.CRIMSON], Color.RED == 1, Status.ACTIVE == 2, hash(Color.RED) == hash(Color.RED))
print(f"{Status.ACTIVE}", f"{Color.RED}", format(Status.DONE, "03d"), str(Status.ACTIVE))
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__, isinstance(Color.RED, Color))
print(Status.__members__["DONE"], Status(3), Status["PENDING"])
print(list(Perm), [m.name for m in Mode])
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)


class Op(Enum):
    ADD = "+"
    SUB = "-"

    def apply(self, a, b):
        if self is Op.ADD:
            return a + b
        return a - b


print(Op("+").apply(2, 3), Op.SUB.apply(2, 3), Op.ADD < Op.SUB)
