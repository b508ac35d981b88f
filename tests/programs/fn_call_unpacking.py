# Star-unpacking in calls and literals: f(*xs, **kw), multiple stars, unpacking iterables.
def point3(x, y, z=0):
    return f"({x}, {y}, {z})"


coords = [1, 2]
opts = {"z": 9}
print(point3(*coords), point3(*coords, **opts), point3(*[1], *(2,), z=3))
print(point3(*range(3)), point3(*"ab"), point3(**{"x": "X", "y": "Y"}))
print(point3(*coords, *[], **{}, **opts))


def total(*nums, **weights):
    return sum(nums) + sum(weights.values())


a, b = [1, 2, 3], (10, 20)
print(total(*a, *b), total(*a, 100, *b, x=1, **{"y": 2}))
print(total(*{5: "a", 6: "b"}), total(*(n * n for n in range(4))))

# Unpacking in literals.
merged = [*a, *b, *"xy"]
print(merged, (*a, 0), {*a, *b}, {**{"k": 1}, "m": 2, **{"k": 3}})
first, *_ = merged
print(first, [*range(3), *range(3)])

# print with star arguments and keyword options.
words = ["alpha", "beta", "gamma"]
print(*words)
print(*words, sep=" | ", end=" <end>\n")
print(*[], "only")
print(*enumerate(words, start=1))

# Unpacking a dict with ** requires string keys for calls but not for dict displays.
settings = {"sep": "-", "end": "!\n"}
print("a", "b", **settings)

# Errors during unpacking.
try:
    point3(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    point3(**[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    point3(1, *[2], **{"y": 3})
except TypeError as e:
    print("TypeError:", e)

# zip(*matrix) transposes.
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers, dict(zip(letters, numbers)))
print(max(*[3, 9, 4]), min(*"zebra"))
