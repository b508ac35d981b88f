# json encodes named tuples (tuple subclasses) as arrays, also inside dataclasses.asdict.
import json
from collections import namedtuple
from dataclasses import dataclass, asdict
from typing import NamedTuple


class Money(NamedTuple):
    cents: int
    currency: str = "USD"


Point = namedtuple("Point", "x y")


@dataclass
class Item:
    name: str
    price: Money
    where: Point


item = Item("lamp", Money(1999), Point(2, [3, 4]))
print(json.dumps(asdict(item)))
print(json.dumps([Money(5, "EUR"), {"p": Point(1.5, None)}], indent=2, sort_keys=True))
print(json.dumps({"m": Money(1)}, separators=(",", ":")), json.loads(json.dumps(Point(True, "x"))))
