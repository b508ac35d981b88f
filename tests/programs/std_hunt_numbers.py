import statistics
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, getcontext
import math

data = [2.5, 3.1, 4.7, 1.2, 9.8, 3.1, 5.5, 7.25, 3.1, 6.0]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.stdev(data), statistics.pstdev(data), statistics.variance(data))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.quantiles(data, n=4), statistics.harmonic_mean([40, 60]))
print(statistics.fmean([1, 2, 3, 4]), statistics.geometric_mean([1, 10, 100]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3), Fraction(1, 2)]))
print(statistics.multimode("aabbbccccdddd"))
ints = [1, 2, 3, 4, 5, 6]
print(statistics.mean(ints), statistics.median(ints), statistics.variance(ints))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("err:", e)

f = Fraction(3, 4) + Fraction(5, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("0.125"), Fraction(1.5))
print(Fraction(22, 7).limit_denominator(5), round(Fraction(7, 2)), Fraction(-7, 3) // 1)
print(sum(Fraction(1, n) for n in range(1, 11)))
print(Fraction(1, 3) < 0.34, Fraction(2, 4) == 0.5, repr(Fraction(6, -4)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), Fraction(3, 4) ** 2, 2 ** Fraction(1, 2))

getcontext().prec = 28
a = Decimal("10.25")
b = Decimal("3")
print(a / b, a // b, a % b, a * b, a - b, -a, abs(-a))
print(Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("1.005").quantize(Decimal("0.01")))
print(Decimal(0.1), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(sum(Decimal("0.01") for _ in range(100)), Decimal("2").sqrt())
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5678'):,.3f}", str(Decimal("1E+3")), Decimal("100").normalize())
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
total = sum(prices, Decimal(0))
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"))
print(total, tax, total + tax, max(prices), sorted(prices))
print(Decimal("3.14159").as_tuple(), Decimal("-0"), Decimal("NaN").is_nan())

print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.gcd(48, 180), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.log(1024, 2), math.log10(0.001), math.exp(1), math.sqrt(2), math.hypot(3, 4))
print(math.inf > 1e308, -math.inf, math.nan != math.nan, math.isnan(float("nan")), math.copysign(1, -0.0))
print(math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.2), round(2.5), round(3.5), round(-0.5), round(1.25, 1))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75), math.fmod(-7, 3), -7 % 3, divmod(-7, 3))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.prod([1, 2, 3, 4]), math.isqrt(99))
for x in [1e-7, 123456789.0, 1e16, 0.1 + 0.2, 2 / 3, 1 / 3 * 3, float("inf"), -0.0]:
    print(repr(x), str(x), f"{x:.3g}", f"{x:e}")
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(2 ** 100, 7 ** 0.5, (-8) ** (1 / 3) if False else "skip", 10 ** -2, int("1" * 30) % 97)
