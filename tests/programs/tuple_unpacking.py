# Tuple packing/unpacking, swaps and nested targets.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
m, (n, o) = [10, [20, 30]]
print(m, n, o)
[i, j] = (5, 6)
print(i, j)
a = b = c = 7
print(a, b, c)
a, b, c = c + 1, a + 2, b + 3
print(a, b, c)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, "changed"
print(i, lst)

def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi

lo, hi = min_max([4, -2, 9, 0])
print(lo, hi)
result = min_max([5])
print(result, type(result).__name__)
for k, (u, v) in [("a", (1, 2)), ("b", (3, 4))]:
    print(k, u + v)
fib_a, fib_b = 0, 1
for _ in range(10):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a, fib_b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
