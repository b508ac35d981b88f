# Float powers go through the C library's pow, as in CPython: for these inputs glibc's
# pow rounds differently from sqrt, x * x, 1 / x and exp2, which an optimiser would
# substitute for a constant exponent.
import math


def power(v, e):
    return v ** e


roots = [9.217864914215503e153, 4.171544775507404e-254, 1.1309211626903681e-13,
         5.148422846855537e-114, 2.0, 0.0, -0.0, float("inf")]
for x in roots:
    print(x ** 0.5, power(x, 0.5), math.pow(x, 0.5), pow(x, 0.5))
print(math.sqrt(9.217864914215503e153), 9.217864914215503e153 ** 0.5)

for y in [-2.5100297881136396e2, 8.483766306509272e2, 0.5, -1074.0, 1023.0]:
    print(2.0 ** y, math.pow(2.0, y), power(2.0, y))

for x in [1.6658915338072852e137, -1.6658915338072852e137, 3.0, -0.0]:
    print(x ** 2.0, x ** 2, math.pow(x, 2), power(x, 2.0))
for x in [1.6658915338072852e137, -3.0, 7.0]:
    print(x ** -1.0, power(x, -1.0), 1 / x)

# Integer bases with negative exponents are float powers too.
print(2 ** -1, 10 ** -3, (-3) ** -3, 7 ** -0.5)
print(float("-inf") ** 0.5, float("-inf") ** 2.0, float("nan") ** 0.0, 1.0 ** float("nan"))
try:
    print(0.0 ** -1.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)

# The special cases float_pow decides itself.
inf = float("inf")
cases = [(-2.0, 3.0), (-2.0, 2.0), (-2.0, -3.0), (-1.0, inf), (-1.0, -inf), (0.5, -inf),
         (0.5, inf), (3.0, -inf), (-inf, 3.0), (-inf, -3.0), (-inf, 2.0), (-inf, -2.0),
         (inf, -0.5), (-0.0, 3.0), (-0.0, 0.5), (-0.0, 2.0), (1.0, inf), (-1.0, 5.0),
         (-1.0, 1e300), (-10.0, 307.0), (1e-200, 2.0), (-1e-200, 3.0)]
for a, b in cases:
    print(a, b, a ** b, power(a, b))
for a, b in [(-10.0, 309.0), (-10.0, 310.0), (1e200, 2.0)]:
    try:
        print(a ** b)
    except OverflowError as e:
        print("OverflowError", e)
