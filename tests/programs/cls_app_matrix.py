# A Matrix class with operator overloading: +, -, *, @, **, ==, indexing, transpose,
# exact determinant and inverse with fractions.
from fractions import Fraction


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def _check_same(self, other, op):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch for {op}: {self.shape} vs {other.shape}")

    def __add__(self, other):
        self._check_same(other, "+")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        self._check_same(other, "-")
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise MatrixError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        if self.shape[0] != self.shape[1]:
            raise MatrixError("only square matrices have powers")
        if n < 0:
            return self.inverse() ** -n
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    @property
    def T(self):
        return self.transpose()

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant of a non-square matrix")
        a = [[Fraction(x) for x in r] for r in self.rows]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                for c in range(col, n):
                    a[r][c] -= f * a[col][c]
        return det

    def inverse(self):
        n = self.shape[0]
        if self.determinant() == 0:
            raise ZeroDivisionError("matrix is singular")
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next(r for r in range(col, n) if a[r][col] != 0)
            a[col], a[pivot] = a[pivot], a[col]
            pv = a[col][col]
            a[col] = [x / pv for x in a[col]]
            for r in range(n):
                if r != col and a[r][col] != 0:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([row[n:] for row in a])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B)
print(A - B, "\n", repr(-A), sep="")
print(2 * A == A * 2, A @ B, sep="\n")
print(A @ Matrix.identity(2) == A, A.T, A.shape, Matrix.zeros(2, 3).shape)
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
print("det A =", A.determinant(), "det fib^90 =", fib.determinant())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(2), A ** -1 == inv)
C = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(C.determinant(), C.inverse(), sep="\n")
print((C @ C.inverse()).rows == Matrix.identity(3).rows)
M = Matrix.zeros(2, 2)
M[0, 1] = 5
M[1, 0] = M[0, 1] * 2
print(repr(M), M[1, 0])
for label, fn in [
    ("A + C", lambda: A + C),
    ("A @ C", lambda: A @ C),
    ("ragged", lambda: Matrix([[1, 2], [3]])),
    ("singular", lambda: Matrix([[1, 2], [2, 4]]).inverse()),
    ("A * A", lambda: A * A),
    ("rect det", lambda: Matrix([[1, 2, 3]]).determinant()),
]:
    try:
        print(label, fn())
    except MatrixError as e:
        print(label, "MatrixError:", e)
    except (ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
