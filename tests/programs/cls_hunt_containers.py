from collections import OrderedDict


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                rows = self.rows[i] if isinstance(i, slice) else [self.rows[i]]
                return Matrix([r[j] if isinstance(j, slice) else [r[j]] for r in rows])
            return self.rows[i][j]
        return self.rows[key]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.shape} x {other.shape}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m)) for j in range(other.m)] for i in range(self.n)])

    def __rmul__(self, k):
        return self * k

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __pow__(self, p):
        result = Matrix.identity(self.n)
        base = self
        while p:
            if p & 1:
                result = result * base
            base = base * base
            p >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    @property
    def shape(self):
        return (self.n, self.m)

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return self.n

    def __contains__(self, x):
        return any(x in r for r in self.rows)

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Ring:
    def __init__(self, items):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self._items[i])
        if not self._items:
            raise IndexError("empty ring")
        return self._items[i % len(self._items)]

    def __reversed__(self):
        return Ring(self._items[::-1])

    def __iter__(self):
        return iter(self._items)

    def __repr__(self):
        return f"Ring({self._items})"

    def rotate(self, k):
        k %= len(self._items)
        self._items = self._items[k:] + self._items[:k]


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            return evicted
        return None

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"


class SeqOnly:
    """Only __getitem__: iteration and `in` use the old protocol."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


a = Matrix([[1, 2], [3, 4]])
b = Matrix.identity(2)
print(a * b == a, a[1, 0], a[0], a[:, 1], a[1:, :])
print(a * a)
print(repr(a ** 5), (2 * a).rows, (a + b).rows, a.T, a.shape, len(a), 4 in a, 9 in a)
a[0, 0] = 10
print(a.rows, list(a), [sum(r) for r in a])
try:
    a * Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1])
print(list(Countdown(5)), sum(Countdown(100)), max(Countdown(3)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"), list(it))
r = Ring("abcde")
print(r[7], r[-1], r[1:3], list(reversed(r)), reversed(r), len(r), "c" in r, list(enumerate(r))[:2])
r.rotate(2)
print(r, r[0])
try:
    Ring([])[0]
except IndexError as e:
    print("IndexError:", e)
cache = LRUCache(2)
print(cache.put("a", 1), cache.put("b", 2), cache.get("a"), cache.put("c", 3), cache.get("b"), cache)
s = SeqOnly(5)
print(list(s), 9 in s, 10 in s, [x for x in s if x % 2], sorted(s, reverse=True))
x, y, *rest = SeqOnly(4)
print(x, y, rest, list(zip(SeqOnly(3), "abc")), list(map(str, SeqOnly(3))))
print(dict(zip(Countdown(3), Ring("xyz"))), tuple(Countdown(2)), set(SeqOnly(3)))
for i, row in enumerate(Matrix.zeros(2, 3)):
    print(i, row)
