# Pure functions over floats and ints: compiled code runs them on machine numbers and
# must still give CPython's results and errors in every corner.
import math

SCALE = 2.5
BIG = 2**53 + 1


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def inv(x):
    return 1 / x


def idiv(a, b):
    return a / b


def mixed(a, x):
    return a * x + a - x / 2


def scaled(x):
    return x * SCALE


def cmp_big(x):
    return x == BIG, x < BIG, BIG > x


def lt(a, x):
    return a < x


def trunc(x):
    return int(x)


def to_float(n):
    return float(n)


def fmod_div(a, b):
    return a % b, a // b


def power(a, b):
    return a**b


def lo_hi(a, b, c):
    return min(a, b, c), max(a, b, c)


def sign(x):
    if x > 0.0:
        return 1.0
    elif x < 0.0:
        return -1.0
    return x


def truthy(x):
    return not x


def fsum_to(n):
    total = 0.0
    for k in range(1, n + 1):
        total += 1.0 / k
    return total


def descend(x, n):
    if n == 0:
        return x
    return descend(x / 2.0, n - 1) + 0.5


def with_bool(b, x):
    return b + x


def absf(x):
    return abs(x) - abs(-x)


print([round(eval_a(i, j), 12) for i in range(3) for j in range(3)])
print(eval_a(10**6, 10**6), eval_a(3037000499, 0))
print(eval_a(2**40, 2**40))
for x in [2.0, -0.5, 1e-300, 0.0, -0.0]:
    try:
        print(x, inv(x))
    except ZeroDivisionError as e:
        print(x, "ZeroDivisionError:", e)
for n, d in [(1, 3), (-7, 2), (2**53, 3), (2**53 + 1, 3), (2**62, 7), (10**30, 7), (5, 0), (0, -5)]:
    try:
        print(n, d, idiv(n, d))
    except ZeroDivisionError as e:
        print(n, d, "ZeroDivisionError:", e)
print(mixed(3, 0.25), mixed(-2**60, 1.5), mixed(2**63 - 1, 0.0), mixed(2**70, 1.0))
print(scaled(4.0), scaled(-1e308), scaled(1e308))
print(cmp_big(float(2**53)), cmp_big(9007199254740994.0))
print(lt(2**53 + 1, 9007199254740992.0), lt(2**53 - 1, 9007199254740992.0), lt(-(2**63), -9.3e18))
print(lt(3, math.nan), lt(3, math.inf), lt(-(10**20), -math.inf))
for x in [2.9, -2.9, 1e18, -9.2e18, 9.3e18, 1e300]:
    print(x, trunc(x))
for x in [math.nan, math.inf, -math.inf]:
    try:
        print(trunc(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(to_float(7), to_float(-(2**63)), to_float(2**53 + 1), to_float(2**64 + 1))
for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (0.0, -3.0), (1e308, 1e-308)]:
    print(a, b, fmod_div(a, b))
try:
    print(fmod_div(1.0, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(power(2.0, 0.5), power(-2.0, 3.0), power(0.0, 0.0), power(10.0, -2.0))
for a, b in [(0.0, -1.0), (10.0, 400.0)]:
    try:
        print(power(a, b), power(-a, b))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(lo_hi(1.5, -2.5, 0.0), lo_hi(math.nan, 1.0, 2.0), lo_hi(1.0, math.nan, 2.0), lo_hi(0.0, -0.0, 0.0))
print(sign(3.5), sign(-1e-320), sign(0.0), sign(-0.0), sign(math.nan))
print(truthy(0.0), truthy(-0.0), truthy(math.nan), truthy(1e-320))
print(fsum_to(10), fsum_to(0), fsum_to(1000))
print(descend(1.0, 10), descend(-3.0, 0))
try:
    print(descend(1.0, 100000))
except RecursionError as e:
    print("RecursionError:", e)
print(with_bool(True, 0.5), with_bool(False, -0.5))
print(absf(-3.5), absf(math.inf), absf(-0.0))


def loops(xs):
    # Loops of exact code (xs is a list) that mix floats with ints.
    s = 0.0
    acc = 1
    for i in range(len(xs)):
        s += i / 3 + 0.5 * acc
        acc = acc * 1000
    print(s, acc)
    t = 0.0
    try:
        for i in range(10):
            t += 1.0 / (i - 5)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, t, i)
    m = -1.0
    for k in range(-3, 4):
        if k * 0.5 > m:
            m = k * 0.5
        last = k / 2
    print(m, last)


loops([0] * 12)
loops([])
u = 0.0
for q in range(1, 8):
    u = u * 0.5 + q
print(u, q)
