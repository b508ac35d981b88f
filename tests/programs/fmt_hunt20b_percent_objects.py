# %-formatting of numbers that are objects: %d/%i/%u take __int__ (PyNumber_Long), %o/%x/%X
# take __index__, the float conversions __float__ (else __index__); Fraction and Decimal too.
from fractions import Fraction
from decimal import Decimal
class I:
    def __index__(self): return 255
class F:
    def __float__(self): return 1.25
class Bad:
    def __int__(self): raise ValueError("no int")
print("%d %i %x %.3f %e" % (Fraction(7, 2), Decimal("-3.9"), I(), Fraction(1, 3), Decimal("12.5")))
print("%d %#x %o %5.1f %g" % (I(), I(), I(), F(), I()))
for fmt, v in [("%d", F()), ("%x", Fraction(3)), ("%d", Bad()), ("%f", object()), ("%d", [1])]:
    try:
        print(fmt % v)
    except Exception as e:
        print(type(e).__name__ + ":", e)
