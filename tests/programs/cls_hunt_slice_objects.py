# Slice objects: `m[i:j, k]` builds slice objects; objects with __index__ as slice bounds.
class Grid:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
            return [row[c] for row in rows]
        return key


g = Grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(g[1:, 0], g[:, ::2], g[::-1, 1], g[0, 1:], g[1:2], g[::2], g[:], g[1:3:1])
s = g[1:2]
print(type(s).__name__, s.start, s.stop, s.step, s == slice(1, 2), s.indices(10))
print(g[:, -1], g[-1, :2])


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


data = list(range(10))
text = "abcdefghij"
print(data[Idx(2):Idx(5)], text[Idx(1):Idx(8):Idx(3)], text[:Idx(-2)], data[Idx(3)], (1, 2, 3, 4)[Idx(1):])
try:
    data["a":2]
except TypeError as e:
    print("TypeError:", e)
