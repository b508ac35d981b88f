from typing import NamedTuple
from collections import namedtuple
class Point(NamedTuple):
    x: int
P2 = namedtuple("P2", "a b")
class P3(P2): pass
print(Point.__mro__, Point.__bases__, P2.__mro__, P2.__bases__, P3.__mro__)
print(issubclass(Point, tuple), isinstance(Point(1), tuple), tuple in Point.__mro__)
print(Point.__base__ if hasattr(Point, "__base__") else None)
