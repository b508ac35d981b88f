# Augmented assignment on lists, sets and dicts changes the object itself: aliases see
# the change, and the set's order is that of the in-place update.
d1 = {"a": 1, "b": 2, "c": 3}
s = set(d1.items())
u = s
s ^= {("a", 1)}
print(s, u is s, u)
t = {1, 2, 3}
v = t
t ^= {3, 4}
t |= {9}
t -= {1}
t &= {2, 4, 9}
print(t, v is t)
t |= frozenset({7})
print(v)
w = [t]
w[0] ^= {100}
w[0] -= frozenset({2})
print(w, t, w[0] is t)
a = [1]
lists = [a]
lists[0] += [2]
lists[0] *= 2
print(a, lists, lists[0] is a)
d = {"k": 1}
e = d
d |= {"j": 2}
print(e, e is d)
m = {"x": [1]}
b = m["x"]
m["x"] += [5]
m["x"] += (6, 7)
print(b, m, m["x"] is b)
dd = {"s": {1}}
inner = dd["s"]
dd["s"] |= {2}
print(inner, dd)


def grow(x: set, y: list, z: dict):
    x ^= {5}
    y += "ab"
    z |= {"n": 0}


xs, ys, zs = {5, 6}, [0], {"m": 1}
grow(xs, ys, zs)
print(xs, ys, zs)


def counter():
    seen = set()
    hist = []

    def add(v):
        nonlocal seen, hist
        seen |= {v}
        hist += [v]
        return len(seen), len(hist)

    return add, seen, hist


add, seen, hist = counter()
print(add(1), add(2), add(1), seen, hist)
try:
    t |= [1]
except TypeError as e:
    print("TypeError", e)
fs = frozenset({1, 2})
g = fs
fs ^= {2, 3}
print(fs, g, fs is g)
# The augmented operator's own TypeError.
n = 1
try:
    n += "a"
except TypeError as err:
    print(err)
lst = [1]
try:
    lst **= 2
except TypeError as err:
    print(err)
word = "s"
try:
    word -= 1
except TypeError as err:
    print(err)


class Plain:
    pass


p = Plain()
try:
    p *= 2
except TypeError as err:
    print(err)
