from enum import Enum, Flag, IntEnum, auto
from dataclasses import dataclass, field
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    @property
    def hex(self): return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]
    def __lt__(self, o): return self.value < o.value
print(sorted([Color.BLUE, Color.RED]), Color.RED.hex, Color.RED in Color, Color["GREEN"], Color(3))
try: pass
except TypeError as e: print("TE", e)
def paint(c):
    match c:
        case Color.RED: return "stop"
        case Color.GREEN | Color.BLUE: return "go"
print([paint(c) for c in Color])
class P(Flag):
    A = auto(); B = auto(); C = auto()
x = P.A | P.C
print(list(x), len(x), P.A in x, P.B in x, x & P.A, x ^ P.A, P(0), repr(~x), [m.name for m in P])
print(P.A < P.B if False else "", bool(P.A & P.B), x == P.A | P.C, hash(x) == hash(P.A | P.C))
@dataclass
class Base:
    x: int
    tags: list = field(default_factory=lambda: ["base"])
    def __post_init__(self):
        self.tags = self.tags + ["post"]
@dataclass
class Child(Base):
    y: int = 0
    def __post_init__(self):
        super().__post_init__()
        self.sum = self.x + self.y
c = Child(1, y=5)
print(c, c.sum, Base(1) == Child(1), Child(1) == Child(1), isinstance(c, Base))
try: Color.RED = 5
except AttributeError as e: print("AE", e)
try: Color.RED.value = 5
except AttributeError as e: print("AE", e)
class Weekday(IntEnum):
    MON = 0; TUE = 1
    @classmethod
    def today(cls): return cls(1)
    def next(self): return Weekday((self + 1) % 2)
print(Weekday.today(), Weekday.MON.next(), Weekday.TUE.next(), [d.value for d in Weekday], Weekday.MON == 0, {Weekday.MON: "m"}[0])
print(Color.RED.__class__, type(Color.RED).__name__, Color.__members__, dir(Color.RED)[:3] if False else "")
print(Color._member_names_ if hasattr(Color, "_member_names_") else "", Color.RED._name_, Color.RED._value_)
