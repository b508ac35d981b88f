import math
from functools import total_ordering


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r}, {self.z!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec.endswith("p"):
            return "(" + ", ".join(format(c, spec[:-1]) for c in self) + ")"
        return "<" + ", ".join(format(c, spec) for c in self) + ">"

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y + self.z * k.z
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k, self.z / k)

    def __matmul__(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.sqrt(self * self)

    def __bool__(self):
        return any(self)

    def __eq__(self, o):
        return isinstance(o, Vector) and tuple(self) == tuple(o)

    def __hash__(self):
        return hash(tuple(self))

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        self.z += o.z
        return self


@total_ordering
class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = int(cents)
        self.currency = currency

    @classmethod
    def parse(cls, text):
        cur, amount = text.split()
        whole, _, frac = amount.partition(".")
        return cls(int(whole) * 100 + int(frac.ljust(2, "0")), cur)

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return True

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __add__(self, other):
        if other == 0:
            return self
        self._check(other)
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)

    def __floordiv__(self, n):
        return [Money(self.cents // n + (1 if i < self.cents % n else 0), self.currency) for i in range(n)]

    def __index__(self):
        return self.cents

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{self.currency} {abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"


v = Vector(1, 2, 3)
w = Vector(4, -5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, v @ w, -v, +v)
print(repr(v / 2), abs(Vector(3, 4, 0)), bool(Vector()), bool(v), len(v), v[1], v[-1])
print(f"{v}", f"{v:.2f}", f"{w:>4p}", format(v, "05.1f"))
print(list(v), tuple(w), sorted(w), max(v), sum(v))
print(v == Vector(1, 2, 3), v != w, {v, Vector(1, 2, 3), w} == {v, w}, hash(v) == hash((1, 2, 3)))
a, b, c = v
print(a, b, c)
u = v
u += w
print(u is v, v)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.w = 1
except AttributeError as e:
    print("AttributeError:", e)

m = Money.parse("USD 12.5")
n = Money(399)
print(m, n, repr(m), m + n, sum([m, n, Money(1)]), m * 1.5, m > n, m <= n, m >= m)
print(sorted([m, n, Money(5)]), max(m, n), min([m, n]))
print([str(x) for x in Money(1000) // 3])
print(int(m), float(m), hex(n), bin(Money(5)), [10, 20, 30, 40, 50][Money(2)], "abcdef"[Money(1):Money(3)])
print(m == Money(1250), m == 1250, m != n, Money(5) in [Money(5)], {m: 1}[Money(1250, "USD")])
try:
    m < Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    m < 5
except TypeError as e:
    print("TypeError:", e)
print(str(Money(-505)), format(Money(7), ""), f"{Money(1234)!r:>20}|")
print(Money(100) * 0.125, Money(3) + 0, 0 + Money(3))
