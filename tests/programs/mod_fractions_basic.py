from fractions import Fraction
import fractions

a = Fraction(1, 3)
b = Fraction(2, 6)
print(a, b, a == b, repr(a))
print(Fraction(3), Fraction(-6, 4), Fraction(6, -4), Fraction(0, 5))
print(Fraction("3/4"), Fraction(" -1.25 "), Fraction("1e3"), Fraction("2.5e-3"), Fraction("1_000/3"))
print(Fraction(0.1), Fraction(2.5), Fraction(-0.0))
print(Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(True))
x = Fraction(3, 4)
y = Fraction(5, 6)
print(x + y, x - y, x * y, x / y, x // y, x % y)
print(x + 1, 1 + x, x - 2, 2 - x, x * 3, 3 * x, x / 2, 2 / x, 7 // x, x % 2)
print(x + 0.5, 0.5 + x, x * 2.0, x / 0.25, 1.5 // x, x ** 2, x ** -2, 2 ** Fraction(3), 2 ** x)
print(Fraction(-3, 4) ** -3, x ** 0.5, Fraction(4) ** Fraction(1, 2))
print(-x, +x, abs(Fraction(-7, 3)))
print(x < y, x > y, x <= Fraction(3, 4), x >= 1, x < 0.8, x == 0.75, 0.75 == x, x != 0.75)
print(Fraction(2, 1) == 2, 2 == Fraction(2), Fraction(1, 2) < 1, 1 > Fraction(1, 2))
print(x < float("inf"), x > float("-inf"), x == float("nan"))
print(hash(Fraction(1, 2)), hash(Fraction(-1, 3)), hash(Fraction(5)), hash(Fraction(5)) == hash(5))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(10**30, 7)))
print(x.numerator, x.denominator, x.as_integer_ratio())
print(Fraction("3.141592653589793").limit_denominator(10), Fraction("3.141592653589793").limit_denominator(100))
print(Fraction(4321, 8765).limit_denominator(10000), Fraction(1, 3).limit_denominator())
print(int(Fraction(-7, 2)), int(Fraction(7, 2)), float(Fraction(1, 3)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2))
print(Fraction.from_float(0.25), Fraction.from_float(3))
d = {Fraction(1, 2): "half", 2: "two"}
print(d[0.5], d[Fraction(2)])
total = Fraction(0)
for n in range(1, 6):
    total += Fraction(1, n)
print(total, sum([Fraction(1, 2), Fraction(1, 3)]))
print(bool(Fraction(0)), bool(Fraction(1, 9)))
print(f"{Fraction(1, 3)}", str(Fraction(7, 1)), [Fraction(1, 2), Fraction(3)])
print(fractions.Fraction(5, 10))
print(max(Fraction(1, 3), Fraction(1, 4)), sorted([Fraction(1, 2), Fraction(1, 3), 0.4]))
for bad in ["1/0", "abc", "1.5/2", ""]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    x / 0
except ZeroDivisionError as e:
    print(e)
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print(e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print(e)
try:
    Fraction(float("inf"))
except OverflowError as e:
    print(e)
try:
    x + "a"
except TypeError as e:
    print(e)
try:
    x < "a"
except TypeError as e:
    print(e)
print(Fraction(1, 3).limit_denominator(1), Fraction(3, 2).limit_denominator(1))
