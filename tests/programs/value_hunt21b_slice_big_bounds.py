# Slice bounds reach a user `__getitem__`/`__setitem__`/`__delitem__` as evaluated (big
# ints, strs, floats: CPython builds the slice object from them); only the builtin
# sequences clamp them or raise. A range slice keeps its step exactly.
import collections


class G:
    def __getitem__(self, k):
        return k

    def __setitem__(self, k, v):
        print("set", k, v)

    def __delitem__(self, k):
        print("del", k)


g = G()
print(g[10**30:], g[:-10**40], g[1:2:10**20])
n = 10**25
print(g[n : n + 1], g["a":"b"], g[1.5:], g[10**30:5, 3])
g[10**30:] = 1
g["x":] = 2
del g[:-10**30]


class I:
    def __index__(self):
        return 1


for v in [b"abcdef", bytearray(b"xyz"), "hello", [1, 2, 3], (4, 5, 6), range(10)]:
    print(v[10**30:], v[-10**30:2], v[I():], v[::-10**20])
print(range(10)[::3], range(10)[1:8:2], range(10)[::-3], range(0, 20, 3)[2:])
print(range(10)[8:2:-2], range(10)[::10**20], range(-5, 5)[10**30:])
ba = bytearray(b"abc")
ba[10**30:] = b"zz"
del ba[:-10**30]
print(ba)
l = [1, 2, 3]
l[10**30:] = [4]
print(l)


class L(list):
    def __getitem__(self, k):
        print("L.getitem", k)
        return list.__getitem__(self, k)


class P(list):
    pass


print(L([1, 2, 3])[10**30:], P([1, 2, 3])[:-10**30])
d = collections.deque([1])
bad = [
    lambda: d[1:],
    lambda: [1][1.5:],
    lambda: "ab"["x":],
    lambda: b"ab"[1.5:],
    lambda: (1,)[None:"q"],
    lambda: {}[1:2],
]
for b in bad:
    try:
        print(b())
    except TypeError as e:
        print("TypeError:", e)
print([1, 2, 3][1.5:])
