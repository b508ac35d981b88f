# A negative float base with a fractional exponent gives a complex number, also where
# inference knows both operands are floats; math.pow raises instead.
import math

x = -8.0
print(x ** 0.5)
print(pow(x, 0.5))
y = -2.0
print(y ** 1.5, y ** -0.5, y ** 2.0, y ** -1.0, y ** 3)
print((-8.0) ** (1 / 3))
print(2.0 ** 0.5, 0.0 ** 0.5, (-0.0) ** 0.5)


def power(a: float, b: float) -> float:
    return a ** b


print(power(-1.0, 0.5), power(4.0, 0.5), power(-4.0, 2.0))
print(type(power(-1.0, 0.5)).__name__, type(power(1.0, 0.5)).__name__)


def norm(xs):
    s = 0.0
    for v in xs:
        s += v * v
    return s ** 0.5


print(norm([3.0, 4.0]), norm([-3.0, -4.0]))


def dist(a, b):
    dx = a[0] - b[0]
    dy = a[1] - b[1]
    d2 = dx * dx + dy * dy
    return d2 ** 0.5, (dx * dx + dy * dy) ** 1.5, abs(dx) ** 0.5, math.sqrt(d2) ** 0.25


print(dist([0.0, 0.0], [3.0, -4.0]))


def shifted(a: float):
    t = a - 10.0
    return t ** 0.5


print(shifted(1.0), shifted(14.0))


def aug(v: float, e: float):
    w = v
    w **= e
    return w


print(aug(-27.0, 1 / 3), aug(27.0, 1 / 3), aug(-2.0, 2.0))
n = 2
n **= -1
print(n)
k = -8
print(k ** 0.5, (-8) ** 0.5, k ** -1, k ** 2)
for base in [-1.5, 1.5, -0.0, float("inf"), float("-inf"), float("nan")]:
    for e in [0.5, -0.5, 2.0, 3.0, float("inf")]:
        try:
            print(base, e, base ** e, pow(base, e))
        except (ValueError, ZeroDivisionError, OverflowError) as err:
            print(base, e, type(err).__name__, err)
try:
    print(math.pow(x, 0.5))
except ValueError as e:
    print("ValueError", e)
print(math.pow(-8.0, 2.0), math.pow(4.0, 0.5))
