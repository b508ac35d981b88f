# numbers: isinstance/issubclass against the numeric tower for builtin, stdlib and
# builtin-derived types.
import numbers
from numbers import Number, Real
from fractions import Fraction
from decimal import Decimal
from enum import IntEnum


class Money(int):
    pass


class Level(IntEnum):
    LOW = 1


class Temp(float):
    pass


vals = [1, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "x", None, [1], Money(5), Level.LOW, Temp(1.5)]
for v in vals:
    print(f"{v!r:>20}", [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
for t in (int, bool, float, complex, Fraction, Decimal, str, Money, Temp, Level, object):
    print(t.__name__, [issubclass(t, c) for c in (Number, numbers.Complex, Real, numbers.Rational, numbers.Integral)])
print(numbers.Real, Number.__name__, numbers.Integral.__module__, issubclass(numbers.Integral, numbers.Real), issubclass(Real, numbers.Integral), numbers.Real is Real)
print(isinstance(3, (str, numbers.Real)), type(numbers.Number).__name__)


def scale(x, k):
    if not isinstance(k, numbers.Real):
        raise TypeError(f"scale factor must be real, not {type(k).__name__}")
    return x * k


print(scale(2, 1.5), scale(3, Fraction(1, 2)))
scale(1, 2j)
