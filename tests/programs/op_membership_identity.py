# in / not in across containers, and is / is not with None.
print(3 in [1, 2, 3], 3 in (1, 2), "b" in "abc", "bc" in "abc", "" in "", "a" in "")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1, 2}, 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print(10 ** 20 in range(10 ** 21), -1 in range(10), 2.0 in [1, 2, 3], True in [1])
print([1, 2] in [[1, 2], [3]], (1, 2) in [(1, 2)], [] in [[]], 0 not in [])

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None

r = find(["a", "b"], "b")
print(r, r is None, r is not None)
r = find(["a", "b"], "z")
print(r, r is None, r is not None, r == None)
x = None
if x is None:
    print("x is None")
if not x:
    print("x is falsy")
print(None is None, type(None).__name__, repr(None), str(None))
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
