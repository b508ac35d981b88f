# Starred assignment targets: a, *rest = xs; first, *mid, last = ...; swaps; errors.
xs = [10, 20, 30, 40, 50]
a, *rest = xs
print(a, rest)
*init, last = xs
print(init, last)
first, *mid, final = xs
print(first, mid, final)
p, q, *empty = [1, 2]
print(p, q, empty)
head, *tail = "hello"
print(head, tail)
*all_of_it, = range(4)
print(all_of_it)
x, *y = (n * n for n in range(5))
print(x, y, type(y).__name__)
(a, b), *others = [(1, 2), (3, 4), (5, 6)]
print(a, b, others)

# Swapping and rotating without temporaries.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "xyz"
a, b, c = c, a, b
print(a, b, c)

# Evaluation order: right side fully evaluated first, then targets left to right.
items = [0, 1, 2]
i = 0
i, items[i] = 2, "set"
print(i, items)

# Chained assignment binds the same object to every target.
m = n = []
m.append(1)
print(m, n, m is n)
d = {}
d["a"] = d["b"] = 0
print(d)

# Unpacking dicts and sets iterates keys.
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
lo, *_, hi = sorted({5, 3, 9, 1})
print(lo, hi)

# Errors.
for value in [[1], [1, 2, 3, 4], 5]:
    try:
        a, b, c = value
        print(a, b, c)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    first, second = "abc"
except ValueError as e:
    print("ValueError:", e)
try:
    first, second = {}
except ValueError as e:
    print("ValueError:", e)

# Slices on the left side.
arr = list(range(10))
arr[2:5] = ["a"]
print(arr)
arr[::3] = [0, 0, 0]
print(arr)
try:
    arr[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
