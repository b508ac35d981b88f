# Tuples: construction, indexing, immutability, comparison, hashing.
empty = ()
single = (1,)
not_tuple = (1)
pair = 1, 2
print(empty, single, not_tuple, pair, type(single).__name__, type(not_tuple).__name__)
print(len(empty), len(pair), pair[0], pair[-1], (1, 2, 3)[1:])
print((1, 2) + (3,), (0,) * 3, () * 5, (1, "a", None, 2.5, [1]))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print(tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple(), tuple({"a": 1}))
t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), t.index(1, 2), 5 in t, 9 not in t)
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, "a")) == hash((1, "a")))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((-1,)), hash(("a", "b")))
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], d[3,])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print(repr((None,)), str((True, False)), ("x",))
