# Float formatting corners.
import math
vals = [1e16, 1e-7, 0.1 + 0.2, 1e15, 123456789012345678.0, 1e-5, 0.0001, -0.0, 5e-324,
        1.7976931348623157e308, 2.0**53 + 1, 1 / 3, 2 / 3, 100.0, 1e22, 1e21, 12345.678]
for v in vals:
    print(repr(v), str(v), "%.17g" % v, "%g" % v, "%e" % v, f"{v:.3f}", format(v, ".12g"))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-2.5), round(1e300, -299))
print(round(1234.5678, -2), round(-0.5), round(0.5), round(1.5), type(round(2.5)), round(2.5, 0))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan, inf == inf)
print(math.isinf(inf * -1), math.isnan(inf - inf), 1 / inf, -1 / inf, min(inf, nan), max(nan, inf))
print(repr(inf), str(-inf), f"{inf:.2f}", f"{nan:>6}", "%f" % inf, "%e" % -inf, "%g" % nan, format(inf, "e"))
print(float("-0.0"), -0.0 == 0.0, math.copysign(1, -0.0), str(-0.0 * 1), 0.0 * -1, abs(-0.0))
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(math.sqrt(-1))
except ValueError as e:
    print("ValueError:", e)
try:
    print(2.0**10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(int(inf))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(int(nan))
except ValueError as e:
    print("ValueError:", e)
print(1e308 * 10, -1e308 * 10, 2.0**-1074, 2.0**-1075, math.ldexp(1, 1023) * 2)
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3), sum([0.1] * 10), math.fsum([0.1] * 10))
print(float.hex(0.1), float.fromhex("0x1.999999999999ap-4"), (0.1).as_integer_ratio(), 0.5.is_integer())
print(int(2.9), int(-2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), 2**0.5, (-8) ** (1 / 3) if False else 8 ** (1 / 3), 10 ** -2, 2 ** -1)
print(f"{1234567.891:,.2f}", f"{0.000012345:.3e}", f"{1e100:g}", f"{123.456:010.2f}", f"{-1.5:+.0f}", f"{2.5:.0f}")
print(f"{3.14159:8.3}", f"{1e-10:f}", f"{12.0:g}", f"{12.5:#g}", f"{0.5:%}", f"{1/7:.20f}")
print("%.0f %.0f %.0f %.1f %.2f" % (0.5, 1.5, 2.5, 0.25, 1.005), "%5.1f|%-8.2e|%+g" % (3.14159, 31415.9, 0.0))
print(float("1_000.5"), float(" -12.5e-3 "), float("INF"), float("-nan"), float(10**20), 1e16 + 1, 2**53 + 1.0)
print(str(1e16), str(1.0e15), repr(9007199254740993.0), 1e-4, 1e-5, 0.00001234, 123e-20)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(inf), 3.0 == 3, 1e16 == 10**16, 2**63 == 2.0**63)
print(sorted([3.5, -inf, 1, 0.0, -0.0, inf, 2]), max(1, 1.0), min(-0.0, 0.0), sum([1e100, 1.0, -1e100]))
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total, f"{total:.15f}", round(total, 10), math.prod([0.1] * 3), 0.1 ** 3)
print([round(x * 0.1, 1) for x in range(5)], [x / 10 for x in range(0, 11, 3)], 3 * 1.1)
