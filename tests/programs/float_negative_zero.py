# Negative zero behaviour.
from math import floor, ceil
nz = -0.0
print(nz, repr(nz), str(nz), nz == 0.0, nz == 0)
print(str(nz).startswith("-"), str(0.0 * -1).startswith("-"), 1 / float("-inf"))
print(-nz, abs(nz), nz + 0.0, nz * -1, 0.0 * -5)
print(round(-0.4), round(-0.4, 1), round(-0.04, 1))
print(-0.0 < 0.0, max(-0.0, 0.0), min(0.0, -0.0))
print(f"{nz}", f"{nz:.2f}", "%.1f" % nz, "%d" % nz)
print(int(nz), float("-0"), float("-0.0"))
print(floor(-0.5), ceil(-0.5))
print(-0.0 // 1, -1e-300 * 1e-300)
