# list/dict/set/tuple/frozenset constructors from various iterables.
print(list(), list("héllo"), list((1, 2)), list({"a": 1, "b": 2}), list({"a": 1}.items()), list(range(3, 0, -1)))
print(tuple(), tuple([1, [2]]), tuple("ab"), tuple({"x": 0}.values()))
print(dict(), dict(a=1, b=2), dict([("k", "v"), ("k", "w")]), dict({"z": 1}, y=2), dict(zip("ab", [1, 2])))
print(dict([[1, 2], (3, 4), "xy"]))
print(set(), set([3, 3, 1]), set("banana"), set({"k": 1}), set(range(5)))
print(frozenset(), frozenset([2, 1]), frozenset("aba"), frozenset({(1, 2), (1, 2)}))
orig = [1, 2, 3]
copy = list(orig)
copy.append(4)
print(orig, copy)
d = {"a": [1]}
d2 = dict(d)
d2["a"].append(2)
d2["b"] = 0
print(d, d2)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
