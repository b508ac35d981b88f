# Lambdas passed straight to sort/sorted/min/max/map/filter: typed where they are applied
# (inference apply_callable, codegen key_fn / map_call), called directly. Behaviour must
# be CPython's: captured variables, late binding, exceptions, mixed and dynamic items.
rows = [(3, "c"), (1, "b"), (3, "a"), (2, "z")]
print(sorted(rows, key=lambda r: (-r[0], r[1])))
rows.sort(key=lambda r: r[1], reverse=True)
print(rows)
print(min(rows, key=lambda r: r[1]), max(rows, key=lambda r: (r[0], r[1])))
print(max(3, 9, 4, key=lambda v: -v), min("apple", "fig", "banana", key=lambda s: len(s)))

words = ["delta", "Alpha", "charlie", "bravo"]
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: (len(w), w)))

# Captured variables and late binding.
k = 10
scaled = list(map(lambda v: v * k, [1, 2, 3]))
k = 100
print(scaled, list(map(lambda v: v * k, [1, 2])))


def by_distance(points, cx, cy):
    return sorted(points, key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)


print(by_distance([(0, 0), (5, 5), (2, 1), (-3, 4)], 1, 1))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(lambda v: v % 3 == 0, range(20))), list(filter(lambda s: s, ["", "x", "", "y"])))
print(sum(map(lambda x: x * x, range(10))), sum(map(lambda x: x / 2, [1, 2, 3])))


def gen(n):
    for i in range(n):
        yield i * 7 % 10


print(list(filter(lambda v: v > 4, gen(10))), max(gen(6), key=lambda v: (v % 3, v)))

# Mixed and dynamic items.
mixed = [3, 1.5, True, -2]
print(sorted(mixed, key=lambda v: abs(v)), list(map(lambda v: v * 2, mixed)))
print(sorted([[2, "b"], [1, "a"]], key=lambda r: r[0]))
big = [10**20, -(10**19), 5]
print(sorted(big, key=lambda v: -v), list(map(lambda v: v // 3, big)))

# Errors raised inside the lambda, and by comparing the keys it returns.
try:
    sorted([1, 2, 0, 4], key=lambda v: 10 // v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    sorted(["a", "b", "c"], key=lambda s: None if s == "b" else s)
except TypeError as e:
    print("TypeError", e)
try:
    print(list(map(lambda r: r["k"], [{"k": 1}, {}])))
except KeyError as e:
    print("KeyError", e)

# Lambdas with defaults, and a lambda kept as a value elsewhere.
print(sorted([3, 1, 2], key=lambda v, s=-1: v * s))
f = lambda v: -v
print(sorted([3, 1, 2], key=f), f(5))
stable = sorted([("x", 1), ("y", 1), ("z", 0)], key=lambda t: t[1])
print(stable, min([], key=lambda v: v, default="empty"))
