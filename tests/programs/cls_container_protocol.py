# __len__, __bool__, __contains__, __getitem__, __setitem__, __delitem__ and slices.
class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.cells = [fill] * (rows * cols)

    def _index(self, key):
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"cell {key} out of range")
        return r * self.cols + c

    def __getitem__(self, key):
        return self.cells[self._index(key)]

    def __setitem__(self, key, value):
        self.cells[self._index(key)] = value

    def __delitem__(self, key):
        self.cells[self._index(key)] = 0

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, value):
        return value in self.cells

    def __bool__(self):
        return any(self.cells)

    def __str__(self):
        return "\n".join(" ".join(str(self[r, c]) for c in range(self.cols)) for r in range(self.rows))


g = Grid(2, 3)
print(len(g), bool(g), 5 in g)
g[0, 1] = 5
g[1, 2] = 7
print(g)
print(len(g), bool(g), 5 in g, 6 not in g)
del g[0, 1]
print(g[0, 1], 5 in g)
try:
    g[2, 0] = 1
except IndexError as e:
    print("IndexError:", e)
if g:
    print("grid has content")


class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(self.songs[index])
        return self.songs[index]

    def __setitem__(self, index, value):
        self.songs[index] = value

    def __delitem__(self, index):
        del self.songs[index]

    def __repr__(self):
        return f"Playlist({self.songs})"


pl = Playlist(["a", "b", "c", "d", "e"])
print(pl[0], pl[-1], pl[1:3], pl[::-2], len(pl[10:]))
pl[1:3] = ["X"]
print(pl)
del pl[::2]
print(pl)
try:
    pl[10]
except IndexError as e:
    print("IndexError:", e)
# Without __iter__, iteration falls back to __getitem__ until IndexError.
print(list(Playlist("xyz")), "y" in Playlist("xyz"), [s.upper() for s in Playlist("ab")])
# Without __bool__, truthiness uses __len__.
print(bool(Playlist([])), bool(Playlist([0])), "empty" if not Playlist([]) else "full")


class Bad:
    def __len__(self):
        return -1


try:
    len(Bad())
except ValueError as e:
    print("ValueError:", e)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class Sparse:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        if value == 0:
            self.data.pop(key, None)
        else:
            self.data[key] = value


s = Sparse()
s[10] = 4
s["x"] = 1
s[10] = 0
s[3] += 2
s[3] *= 5
print(s.data, s[999])
