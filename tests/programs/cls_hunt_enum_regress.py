# Enum regressions: auto() values visible in the class body, _generate_next_value_,
# _missing_, Flag boundaries (STRICT for Flag, KEEP for IntFlag), ~ on IntFlag, and
# format() through a user __str__.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    YELLOW = RED | GREEN


print(list(Color), Color.WHITE, repr(Color.YELLOW), Color.RED | Color.BLUE, Color(7) is Color.WHITE)
print(repr(~Color.RED), repr(~Color.WHITE), repr(Color(0)), Color.GREEN in Color.YELLOW, len(Color.WHITE))
for bad in (8, 9, "x"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)


class Seq(Enum):
    A = 10
    B = auto()
    C = auto()
    D = B


print([(m.name, m.value) for m in Seq], Seq.D is Seq.B, Seq(11))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print([m.value for m in Named])


class Lower(StrEnum):
    ALPHA = auto()
    BETA = auto()


print(list(Lower), Lower.ALPHA == "alpha", f"{Lower.BETA}!")


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


x = Perm.R | 8
print(repr(x), x, x.value, repr(~Perm.R), repr(~x), repr(Perm(0)), repr(Perm(16)), Perm.R + 1)
print(repr(Perm.R ^ Perm.W), repr(Perm.R & 6), repr(6 & Perm.R), int(Perm.R | Perm.X))


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


print(Shape("SQ"), Shape("ci"))
try:
    Shape("tri")
except ValueError as e:
    print("ValueError:", e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    Bad(2)
except TypeError as e:
    print("TypeError:", e)


class State(Enum):
    IDLE = auto()
    BUSY = auto()

    def __str__(self):
        return self.name.title()


class Level(IntEnum):
    LOW = 1
    HIGH = 2

    def __str__(self):
        return "level-" + self.name.lower()


print(f"{State.BUSY}", format(State.IDLE, ">6"), f"{Level.HIGH}", f"{Level.LOW:03d}", str(Level.LOW))
