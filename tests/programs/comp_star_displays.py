# Star-unpacking in list, tuple, set and dict displays (iterables, mappings with keys(), CPython's errors).
a, b = [1, 2], (3,)
print([*a, *b, 4], (*a, 0), {*a, *"xy"} == {1, 2, "x", "y"}, [*range(3)], (*b,))
d1 = {"x": 1, "y": 2}
print({**d1, "y": 20, **{"z": 3}}, {"a": 0, **d1})
from collections import OrderedDict, Counter
print({**OrderedDict(q=1), **Counter("ab")})
class M:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
print({**M()})
def f(*args, **kw): return args, kw
print(f(*a, *b, **d1, **{"w": 0}))
for bad in [lambda: [*5], lambda: (*None,), lambda: {*3}, lambda: {**5}, lambda: {**[1]}]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
first, *rest = [*a, *b]
print(first, rest)
