# Found by the stdlib hunt: math.cbrt is glibc's cbrt in CPython 3.11 (not correctly rounded).
import math
for x in [27, 2, -8, 64.0, 1000, 0.001, 3, 1e-310, 5e-324, 1e308, -27.5, 0.0, -0.0, 1 / 3]:
    print(x, math.cbrt(x), math.cbrt(x) ** 3)
print(math.cbrt(float('inf')), math.cbrt(float('-inf')), math.cbrt(float('nan')))
print(sum(math.cbrt(k) for k in range(1, 2000)))
print([math.cbrt(k) for k in range(1, 30)])
