# The complex type: literals, complex(), arithmetic with ints and floats, pow, abs, hash,
# repr/str/format, comparisons, errors; a negative base to a fractional power is complex.
import math
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
print(mandel(complex(-0.5, 0.5)), complex(1, 2) * 2, abs(3+4j), (1+2j).conjugate(), (1j).real)
rows = []
for y in range(-6, 7):
    rows.append("".join("#" if mandel(complex(x / 10, y / 5), 30) == 30 else "." for x in range(-20, 6)))
print("\n".join(rows))
zs = [0j, 1j, -1j, 1+0j, -0.0+0j, complex(-0.0, -0.0), 1.5-2.25j, 1e16j, complex(1e300, 1e-300), 2.0**0.5 + 1j/3]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, hash(z), bool(z), z == z.real, -z, +z)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b, 2 ** a, 1 / a, a / 2, 2 - a, a * 1.5, a == 3 + 4j, a != b, a == 3, (3 + 0j) == 3, 3.0 == 3 + 0j)
print(sum([1j, 2, 3.5]), [abs(z) for z in (a, b)], complex("1+2j"), complex(" (3-4.5j) "), complex("j"), complex("-j"), complex("2"), complex("1e3j"), complex(2), complex(real=1, imag=2), complex(1j, 1j), complex())
print(f"{a}", f"{a:.2f}", f"{a:>20}", f"{b:<12g}|", format(1j, ".3e"), f"{a:*^16.1f}", f"{-0.0+1j:+}", f"{1+2j:,.1f}", "%s %r" % (a, b))
print(isinstance(a, complex), isinstance(1, complex), type(a).__name__, type(a) is complex, {a: 1, 3+4j: 2}, hash(1+0j) == hash(1), hash(complex(2.5, 0)) == hash(2.5))
for bad in [lambda: a < b, lambda: int(a), lambda: float(a), lambda: a // 2, lambda: a % 2, lambda: 1 / (0j), lambda: 0j ** -1, lambda: complex("1+"), lambda: complex("abc"), lambda: complex("1", 2), lambda: complex(None), lambda: math.sqrt(a), lambda: round(a), lambda: (10 + 10j) ** 1000]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(complex(1, 2) ** 3, (1 + 1j) ** 100, (0.5 + 0.5j) ** 2.5, pow(2j, 2))
neg = [-1, -8.0]
print([x ** 0.5 for x in neg], neg[1] ** (1 / 3), neg[0] ** 2.0)
