# Arithmetic, reflected and unary operators on a 2D vector class.
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if other == 0:                   # lets sum() start from 0
            return self
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y       # dot product
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, n):
        result = Vec(1, 0)
        for _ in range(n):
            result = Vec(result.x * self.x - result.y * self.y, result.x * self.y + result.y * self.x)
        return result

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x    # 2D cross product

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(+self.x, +self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __invert__(self):
        return Vec(self.y, self.x)

    def __round__(self, n=0):
        return Vec(round(self.x, n), round(self.y, n))


a, b = Vec(3, 4), Vec(-1, 2)
print(a + b, a - b, a * 2, 2 * a, a * b, a * 0.5)
print(a / 2, Vec(7, -7) // 2, Vec(7, -7) % 3, Vec(0, 1) ** 2, Vec(1, 1) ** 3)
print(a @ b, -a, +b, abs(a), ~a, round(Vec(1.256, 2.5), 1), round(Vec(1.5, 2.5)))
print(sum([a, b, Vec(10, 10)]), sum([], Vec(0, 0)))
print(a == Vec(3, 4), a != b, a + b == Vec(2, 6))
print(a / 0.5 == Vec(6.0, 8.0), Vec(1, 2) * True)

# Errors for unsupported operand combinations.
def attempt(label, fn):
    try:
        print(label, "=", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError:", e)

attempt("a + 1", lambda: a + 1)
attempt("1 - a", lambda: 1 - a)
attempt("a * 's'", lambda: a * "s")
attempt("'s' * a", lambda: "s" * a)
attempt("a / 0", lambda: a / 0)
attempt("a // 0", lambda: a // 0)
attempt("a < b", lambda: a < b)
attempt("a ** 3", lambda: a ** 3)
attempt("-Vec", lambda: -Vec("p", "q"))
