# enum edge cases: StrEnum, (int, Enum) mixins, Flag composites, aliases, errors.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Color(StrEnum):
    RED = auto()
    DARK_BLUE = auto()


print(Color.RED, repr(Color.DARK_BLUE), Color.RED == "red", Color.RED.upper(), f"[{Color.RED:>6}]")
print(Color("red") is Color.RED, isinstance(Color.RED, str), len(Color), Color.RED + "!")


class Num(int, Enum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + Num.TWO, Num.TWO * 3, [10, 20, 30][Num.TWO], Num(1))


class Shape(Enum):
    CIRCLE = 1
    ROUND = 1
    SQUARE = 2

    @classmethod
    def default(cls):
        return cls.SQUARE

    def describe(self):
        return f"{self.name.lower()}={self.value}"


print(Shape.ROUND, Shape.default(), Shape.CIRCLE.describe(), list(Shape.__members__))
print({Shape.CIRCLE: 1, Shape.ROUND: 2}, Shape["ROUND"] is Shape.CIRCLE)
try:
    del Shape.CIRCLE
except AttributeError as e:
    print("AttributeError", e)
print(Shape.SQUARE in Shape, Shape("x" == "x") if False else Shape(2))
try:
    class More(Shape):
        EXTRA = 3
except TypeError as e:
    print("TypeError", e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(list(Perm), repr(Perm.RW), repr(Perm.R | Perm.X), str(Perm.W | Perm.X), repr(~Perm.R))
print(Perm.R in Perm.RW, len(Perm.R | Perm.W | Perm.X), repr(Perm.R & Perm.W), Perm(6) is Perm.RW)


class Bits(IntFlag):
    A = 1
    B = 2


print(Bits.A | Bits.B, repr(Bits.A | Bits.B), Bits.A | 2, Bits.B + 1, isinstance(Bits.A, int))


class Level(IntEnum):
    LOW = 1
    HIGH = 3


print(sorted([Level.HIGH, 2, Level.LOW]), Level.HIGH // 2, -Level.LOW, Level.LOW == 1.0, hash(Level.HIGH) == hash(3))
lookup = {Level.LOW: "low", Level.HIGH: "high"}
print(lookup[3], Level(3) in lookup, Level.HIGH.__class__.__name__)
