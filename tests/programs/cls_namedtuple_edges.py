# namedtuple / NamedTuple edge cases: validation errors, rename, slicing, subclass methods.
from collections import namedtuple
from typing import NamedTuple
from functools import total_ordering

for args in (("P", "x x"), ("P", "_x"), ("P", "x class"), ("1P", "x"), ("P", "x", [1, 2])):
    try:
        if len(args) == 3:
            namedtuple(args[0], args[1], defaults=args[2])
        else:
            namedtuple(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

R = namedtuple("R", "a, def, a, _b", rename=True)
r = R(1, 2, 3, 4)
print(r, R._fields, r[1:3], r[::-1], r * 2, 2 * R(0, 0, 0, 0)[:1], r + (0,))
print(r < R(1, 2, 3, 5), r == (1, 2, 3, 4), hash(r) == hash((1, 2, 3, 4)), 3 in r, r.count(1))
try:
    r._replace(zz=1)
except ValueError as e:
    print("ValueError", e)
try:
    r[9]
except IndexError as e:
    print("IndexError", e)


class Pair(NamedTuple):
    left: int
    right: int = 0

    @property
    def total(self):
        return self.left + self.right

    @classmethod
    def zero(cls):
        return cls(0)


p = Pair(3, 4)
print(p, p.total, Pair.zero(), Pair._field_defaults, Pair(right=1, left=2), type(p).__name__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError", e)
try:
    Pair(1, 2, left=3)
except TypeError as e:
    print("TypeError", e)


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


ms = [Money(500), Money(20), Money(20), Money(99)]
print(sorted(ms), Money(1) < Money(2), Money(2) > Money(2), Money(3) >= Money(2), max(ms))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError", e)
