# Comparing small ints, big ints and floats.
values = [0, 1, -1, 2 ** 64, -(2 ** 64), 2 ** 63 - 1, 1.5, -1.5, 1e19, 1e20, 2.0 ** 64, float("inf")]
print(sorted(values))
for a in [2 ** 64, 2 ** 63, 10 ** 20]:
    f = float(a)
    print(a, f, a == f, a < f, a > f, a + 1 == f, a + 1 > f)
print(2 ** 53 + 1 < 2.0 ** 53 + 2, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(max(2 ** 64, 1.8e19), min(-(2 ** 64), -1.8e19), 2 ** 64 in [1.8446744073709552e19])
print(10 ** 16 + 1 == 1e16, 10 ** 16 == 1e16, 10 ** 16 + 1 > 1e16)
print(sorted([10 ** 20, 1e20, 10 ** 20 - 1, 1e20 + 1]))
