# math.floor/ceil/trunc of objects: __floor__/__ceil__/__trunc__ (any result), the __float__
# and __index__ fallbacks of floor/ceil, trunc's own TypeError, subclasses of float and int.
import math
class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return 42
    def __trunc__(self): return -1
class G:
    def __float__(self): return 2.5
class H:
    def __index__(self): return 7
class N:
    pass
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.floor(G()), math.ceil(G()))
print(math.floor(H()), math.ceil(H()))
for f in (math.floor, math.ceil, math.trunc):
    for x in (N(), "x", None, G(), H()):
        try:
            print(f.__name__, f(x))
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
print(math.floor(True), math.ceil(2.0), math.trunc(-2.5), math.floor(-0.5), math.ceil(10**30))
class MF(float):
    pass
class MI(int):
    pass
print(math.floor(MF(2.5)), math.ceil(MF(2.5)), math.trunc(MF(-2.5)), math.floor(MI(3)), math.trunc(MI(4)))
from fractions import Fraction
from decimal import Decimal
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)), math.floor(Decimal("2.5")), math.trunc(Decimal("-2.5")))
