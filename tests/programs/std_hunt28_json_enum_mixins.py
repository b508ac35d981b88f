# Members of int- and str-mixin enums are ints and strs to the json encoder (values and
# keys) and to str.join, as in CPython; a plain Enum member still goes to default=.
import json
from enum import Enum, IntEnum, StrEnum


class Kind(str, Enum):
    TOOL = "tool"
    FOOD = "food"


class Color(StrEnum):
    RED = "red"
    BLUE = "blue"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Plain(Enum):
    A = 1


print(json.dumps([Kind.TOOL, Color.RED, Level.HIGH]))
print(json.dumps({Kind.FOOD: Level.LOW, Level.HIGH: "h", Color.BLUE: [Color.RED]}))
print(json.dumps({"kind": Kind.TOOL}, default=str))
record = {"kind": Kind.FOOD, "level": Level.LOW}
back = json.loads(json.dumps(record))
print(back, Kind(back["kind"]) is Kind.FOOD, Level(back["level"]) is Level.LOW)
print(json.dumps({"p": Plain.A}, default=lambda e: e.name))
try:
    json.dumps(Plain.A)
except TypeError as e:
    print("TypeError:", e)
print("-".join([Kind.TOOL, Kind.FOOD]), ", ".join(Color), "".join([Color.BLUE, "!"]))
