# Sequence patterns match named tuples and subclasses of list/tuple (Py_TPFLAGS_SEQUENCE is
# inherited), never str/bytes; mapping patterns match dict subclasses.
from collections import namedtuple, deque
from typing import NamedTuple

P = namedtuple("P", "x y")
class Stack(list):
    def peek(self):
        return self[-1]
class Pair(tuple):
    pass
class Cfg(dict):
    pass
class Emp(NamedTuple):
    name: str
    age: int

def kind(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [x, *rest]:
            return f"many {x} {rest}"
        case {"k": val}:
            return f"map k={val}"
        case _:
            return "other"

for v in [P(1, 2), Stack(), Stack([1]), Stack([1, 2, 3]), Pair((4, 5)), deque([7]), Emp("a", 3), Cfg(k=1), Cfg(), "ab", b"ab", range(3), {"k": 2}]:
    print(type(v).__name__, kind(v))
match Emp("bo", 40):
    case Emp(name, age) if age > 30:
        print("old", name)
match P(1, 2):
    case P(x=1, y=yy):
        print("P y", yy)
