# Subclasses of str, int, float and tuple: `__new__` builds the value; operations return
# the base type; overrides of dunders win; hashing follows the value unless `__eq__` is
# overridden.
import json


class Name(str):
    def shout(self):
        return self.upper() + "!"

    @property
    def initial(self):
        return self[0] if self else ""


n = Name("ada")
print(n, repr(n), str(n), len(n), n.shout(), n.initial, type(n).__name__, isinstance(n, str))
print(n + "!", type(n + "!").__name__, "<" + n, n * 2, type(n.upper()).__name__, n[1:], n[0])
print(n == "ada", "ada" == n, n < "b", hash(n) == hash("ada"), {n: 1}["ada"], {"ada": 2}[n])
print("-".join([n, Name("b")]), ", ".join(Name(x) for x in "xyz"), f"[{n}] [{n:>5}] [{n!r}]")
print("%s|%r|%5s" % (n, n, n), "ada" in [n], n in ["ada"], "d" in n, sorted([Name("b"), n, "c"]))
print(n.split("d"), n.replace("a", "o"), n.startswith("a"), n.title(), n.encode())
print(json.dumps(n), json.dumps({n: [n]}), str.upper(n), str(n) == n, type(str(n)).__name__)
print(Name(), repr(Name()), Name(42), Name(n), bool(Name()), Name("é😀"), len(Name("é😀")))
for ch in Name("hi"):
    print(ch, end=".")
print()


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).upper())

    def __repr__(self):
        return f"Upper({str.__repr__(self)})"

    def __str__(self):
        return "<" + self + ">"


u = Upper("mixed Case")
print(u, repr(u), [u], f"{u}", str(u), len(u), u.lower(), "%s" % u, "{}".format(u))


class Money(int):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)


m = Money(5)
print(m, repr(m), str(m), m.currency, m + 3, type(m + 3).__name__, 3 + m, type(3 + m).__name__)
print(m * 2, type(m * 2).__name__, m - 1, m // 2, m / 2, m % 3, -m, abs(Money(-4)), m ** 2)
print(m == 5, m < 6, hash(m) == hash(5), {m: "x"}[5], int(m), float(m), f"{m:04d}", f"{m}")
print(range(m), [0, 1, 2, 3, 4, 5][m], "ab" * Money(2), isinstance(m, int), bool(Money(0)))
print(sum([Money(1), Money(2)]), max(Money(1), Money(7)), sorted([Money(3), 1, Money(2)]))
print(json.dumps(m), hex(m), round(Money(15), -1), divmod(m, 2), m.bit_length(), m << 1)


class Flag(int):
    pass


f = Flag(7)
print(f, repr(f), f + 1, type(f + 1).__name__, f & 3, Flag("12"), Flag("ff", 16), Flag())
try:
    Flag("x")
except ValueError as e:
    print(type(e).__name__, e)


class Temp(float):
    def __new__(cls, value, unit="C"):
        self = float.__new__(cls, value)
        self.unit = unit
        return self

    def __str__(self):
        return f"{float(self):.1f}°{self.unit}"


t = Temp(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__, t * 2, round(t, 1), int(t), t > 20, f"{t:.2f}")
print(Temp("3.5"), Temp(2) / 4, -t, abs(Temp(-1.5)), t.is_integer(), Temp(2.0).is_integer())
print(json.dumps([t]), sorted([Temp(3), 1.5, Temp(2)]), hash(Temp(2.0)) == hash(2))


class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, p.x, q.y, len(p), p[0], p[-1], p[:1], type(p[:1]).__name__, list(p), tuple(p))
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), {p: 1}[(1, 2)], p < (1, 3), 2 in p)
x, y = p
print(x, y, (0,) + p, type((0,) + p).__name__, p * 2, p.count(1), p.index(2), sorted([q, p]))
print(json.dumps(p), [p], str(p), isinstance(p, tuple), f"{p}")


class Pair(tuple):
    pass


pr = Pair([3, 4])
print(pr, repr(pr), Pair(), pr + (5,), type(pr + (5,)).__name__, Pair("ab"))


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()


try:
    hash(Caseless("A"))
except TypeError as e:
    print(type(e).__name__, e)
print(Caseless("ABC") == "abc", Caseless("ABC") != "abd", "abc" == Caseless("ABC"))
try:
    tuple.__new__(Name, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Money("12x")
except ValueError as e:
    print(type(e).__name__, e)
