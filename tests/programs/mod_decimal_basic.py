from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING
import decimal
from fractions import Fraction

print(Decimal("1.30") + Decimal("1.20"), Decimal("1.3") * Decimal("1.2"), Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(1) / Decimal(8), Decimal("12.50") / Decimal(5), Decimal(100) / Decimal(4), Decimal("1e3") / Decimal(10))
print(Decimal(7) // Decimal(2), Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(-7), 2), -Decimal(0), Decimal("-0") + Decimal(0), Decimal("0.00") * 5, Decimal(10).sqrt(), Decimal(16).sqrt(), Decimal("0.0100").sqrt())
print(Decimal("1e-7"), Decimal("123E+5"), Decimal("-0.000001"), Decimal("0.0000001"), Decimal(0.1), Decimal("1.000").normalize(), Decimal("0E+5"), Decimal("Infinity"), Decimal("-nan"), Decimal("snan"), Decimal(" 1_000.5 "))
print(repr(Decimal("3.14")), repr(Decimal(-5)), repr(Decimal()), Decimal(True), Decimal(Decimal("2.5")), str(Decimal("1E+2")), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(hash(Decimal("1.5")), hash(Decimal(2)), hash(Decimal("0.1")), hash(Decimal("-3.25")), hash(Decimal("2.0")) == hash(2), Decimal("1.5") == 1.5, Decimal("0.1") == 0.1, Decimal(2) == 2, Decimal("2.0") == 2, Decimal("0.5") < 0.6)
print(Decimal("0.5") == Fraction(1, 2), Decimal("0.25") < Fraction(1, 3), 1 + Decimal("0.5"), 2 * Decimal("1.25"), 10 - Decimal("0.01"), 1 / Decimal(4), 7 // Decimal(2), 7 % Decimal(3))
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")), Decimal("-2.5").quantize(Decimal("1"), rounding=ROUND_FLOOR), Decimal("2.1").quantize(Decimal("1"), ROUND_CEILING), Decimal("2.9").quantize(Decimal("1"), rounding=ROUND_DOWN))
print(Decimal("2.5").to_integral_value(), Decimal("3.5").to_integral_value(), round(Decimal("2.5")), round(Decimal("3.14159"), 2), round(Decimal("1234"), -2), int(Decimal("-3.9")), float(Decimal("1.1")), Decimal("1.23").as_tuple(), Decimal("1.5").as_integer_ratio(), Decimal("1.23E-5").adjusted())
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('1.5'):10}", f"{Decimal('1.5'):<10}|", format(Decimal("123.456"), "f"), format(Decimal("1e-10"), "f"), format(Decimal("1E+3"), "f"), format(Decimal("2.5"), ".0f"), format(Decimal("3.5"), ".0f"))
print(format(Decimal("1.23"), "e"), format(Decimal("1234"), ".2e"), format(Decimal("0.000012345"), "g"), format(Decimal("-1.5"), "+08.2f"), format(Decimal("1234567.891"), ",.1f"), format(Decimal("5"), "^9"), f"{Decimal('12.5'):>+10.3f}|")
print(Decimal(2) ** 10, Decimal("1.1") ** 3, Decimal(10) ** -2, Decimal(2) ** -1, Decimal("-1.5") ** 2, Decimal(3) ** 40, Decimal("0.5") ** -2, Decimal(3) ** -1)
print(max(Decimal("1.5"), Decimal("1.25")), sorted([Decimal("3"), Decimal("-1.5"), Decimal("2.25"), Decimal("0")]), sum([Decimal("0.1"), Decimal("0.2"), Decimal("0.3")]), abs(Decimal("-2.50")), +Decimal("-0"), Decimal("5").is_zero(), Decimal("-0").is_signed())
c = getcontext()
print(c.prec, c.rounding, c.Emax, c.Emin, decimal.ROUND_HALF_EVEN, Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(3) * 3, Decimal("1e28") + 1, Decimal("9999999999999999999999999999") + 1, Decimal("1.00000000000000000000000000005") + 0, Decimal("123456789012345678901234567890"))
print(Decimal.from_float(0.25), Fraction(Decimal("1.25")), Fraction.from_decimal(Decimal("0.75")), Decimal("1.50").is_nan(), Decimal("nan").is_nan(), Decimal("inf") > 10**100, -Decimal("inf") < Decimal(0))
try:
    format(Decimal("1.5"), "_.1f")
except ValueError as e:
    print(e)
try:
    Decimal("abc")
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Decimal(0) / 0
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    Decimal(1) % 0
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    Decimal("123.456").quantize(Decimal("1e-30"))
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    Decimal("NaN") < 1
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    Decimal(-1).sqrt()
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print(e)
try:
    round(Decimal("nan"))
except ValueError as e:
    print(e)
try:
    Decimal("1e999999") * 10
except ArithmeticError as e:
    print(type(e).__name__, e)
Decimal(5) / Decimal(0)
