import math
vals = [(1, 1, 1), (3, 4), (1e-310, 1e-310), (1e308, 1e308), (0.1, 0.2, 0.3), (1.5, 2.5, 3.5, 4.5), (-3,), (), (float("nan"), float("inf")), (float("nan"), 1), (7, 24, 1e-9), (1e-320, 3e-320, 2e-321)]
for v in vals:
    print(v, math.hypot(*v))
for i in range(1, 30):
    print(i, math.hypot(i, i + 1, i * 0.1), math.dist((0.3, i), (i / 7, -1.1)), math.dist([1, 2, 3], [i, i * 2, 0.5]))
print(math.hypot(3, 4), math.hypot(1e200, 1e200), math.dist((1, 1), (1, 1)))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
