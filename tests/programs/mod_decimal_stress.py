# Pseudo-random Decimal, Fraction and timedelta arithmetic, compared line by line.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_05UP, ROUND_HALF_DOWN, ROUND_UP
from fractions import Fraction
from datetime import timedelta

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def rand_decimal():
    digits = ""
    for i in range(1 + rnd(30)):
        digits += str(rnd(10))
    sign = "-" if rnd(3) == 0 else ""
    exp = rnd(40) - 20
    return Decimal(sign + digits + "E" + str(exp))


modes = [ROUND_HALF_UP, ROUND_DOWN, ROUND_05UP, ROUND_HALF_DOWN, ROUND_UP]
for i in range(300):
    a = rand_decimal()
    b = rand_decimal()
    out = [str(a + b), str(a - b), str(a * b), repr(a < b), repr(a == b)]
    if b != 0:
        out.append(str(a / b))
        if abs(a.adjusted() - b.adjusted()) < 25:
            out.append(str(a // b))
            out.append(str(a % b))
    out.append(str(abs(a).sqrt()))
    q = Decimal("1E" + str(rnd(10) - 5))
    if a.adjusted() - q.adjusted() < 27:
        out.append(str(a.quantize(q)))
        out.append(str(a.quantize(q, rounding=modes[rnd(5)])))
    if a.adjusted() < 20:
        out.append(format(a, ".3f"))
    out.append(format(a, ",.2f"))
    out.append(format(a, ".4e"))
    out.append(format(a, ".5g"))
    out.append(str(a.normalize()))
    out.append(str(hash(a) == hash(Fraction(a))))
    if a.adjusted() < 20:
        out.append(str(round(a, 3)))
    out.append(str(a.to_integral_value()))
    print(" ".join(out))

for i in range(200):
    x = Fraction(rnd(2000) - 1000, 1 + rnd(500))
    y = Fraction(rnd(2000) - 1000, 1 + rnd(500))
    out = [str(x + y), str(x - y), str(x * y), str(x < y), str(hash(x))]
    if y != 0:
        out += [str(x / y), str(x // y), str(x % y)]
    out.append(str(x.limit_denominator(1 + rnd(50))))
    out.append(repr(float(x)))
    out.append(str(round(x)))
    out.append(str(round(x, 2)))
    print(" ".join(out))

for i in range(200):
    t = timedelta(days=rnd(2000) - 1000, seconds=rnd(200000) - 100000, microseconds=rnd(3000000) - 1500000)
    u = timedelta(hours=rnd(100) - 50, minutes=rnd(1000) / 7)
    out = [str(t), repr(t), str(t + u), str(t - u), str(t * 3), str(t / 7), str(t * 0.3), str(t // 5)]
    if u:
        out += [repr(t / u), repr(t // u), str(t % u)]
    out.append(repr(t.total_seconds()))
    print(" ".join(out))
