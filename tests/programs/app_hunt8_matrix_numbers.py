# A matrix class whose operators accept any numbers.Number scalar.
from numbers import Number
import math
import operator


class ShapeError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError("ragged or empty rows")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return (self.n, self.m)

    @property
    def T(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            if isinstance(i, slice) or isinstance(j, slice):
                rows = self.rows[i] if isinstance(i, slice) else [self.rows[i]]
                return Matrix([r[j] if isinstance(j, slice) else [r[j]] for r in rows])
            return self.rows[i][j]
        return self.rows[idx]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        for r in self.rows:
            yield from r

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def _elementwise(self, other, op):
        if isinstance(other, Number):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        if self.shape != other.shape:
            raise ShapeError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._elementwise(other, operator.add)

    __radd__ = __add__

    def __sub__(self, other):
        return self._elementwise(other, operator.sub)

    def __mul__(self, other):
        return self._elementwise(other, operator.mul)

    def __rmul__(self, other):
        return self * other

    def __neg__(self):
        return self * -1

    def __matmul__(self, other):
        if self.m != other.n:
            raise ShapeError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def det(self):
        if self.n != self.m:
            raise ShapeError("not square")
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(self.m))

    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        w = max(len(f"{x:g}") for x in self)
        return "\n".join("[" + " ".join(f"{x:>{w}g}" for x in r) + "]" for r in self.rows)

    def __bool__(self):
        return any(self)

    def __len__(self):
        return self.n

    __hash__ = None


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0.5, -1], [2, 0.25]])
print(A @ B, repr(A + B), A * 2, 3 * A, -A, sep="\n")
print(A.shape, A.T, A[1, 0], A[1], A[:, 1], A[0:1, :], sep=" | ")
F = Matrix([[1, 1], [1, 0]])
print(repr(F ** 50), (F ** 90)[0, 1])
M = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(M.det(), Matrix.identity(4).det(), (M @ Matrix.identity(3)) == M, M != M.T)
M[0, 0] = 2.5
print(M, sum(M), max(M), sorted(M)[:3], list(map(abs, M))[:4], bool(Matrix.zeros(2, 2)), len(M))
print(sum([A, A, A]).rows, 1 + A == A + 1)
R = Matrix([[math.cos(math.pi / 6), -math.sin(math.pi / 6)], [math.sin(math.pi / 6), math.cos(math.pi / 6)]])
print(R ** 12, repr(R @ R), round(R.det(), 15), math.isclose((R ** 12)[0, 0], 1.0))
for bad in [lambda: A @ M, lambda: A + M, lambda: Matrix([[1], [1, 2]]), lambda: Matrix([[1, 2, 3]]).det()]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, ShapeError))
try:
    {A: 1}
except TypeError as e:
    print(e)
try:
    A @ 2
except AttributeError as e:
    print(e)
try:
    A < B
except TypeError as e:
    print(e)
print(f"{math.pi:10.4f}|{math.e:<10.3e}|{1e-7}|{1e16}|{2.5e-5:g}|{123456789.0:g}|{0.1+0.2}|{float('inf'):>6}")
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]), math.gcd(12, 18, 27), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), round(2.675, 2), round(-0.5), round(1.5), round(1234, -2), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
Matrix([[1, 2], [3]]) @ A
