# Classes reached as values (a classmethod's cls, type(x), x.__class__, a class in a
# list, C(*args)) are constructed with arguments of other types than the direct calls
# give; the other classes of the program keep their typed constructors.


class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    @classmethod
    def parse(cls, text):
        amount, cur = text.split()
        return cls(amount, cur.lower())

    def show(self):
        return f"{self.cents} {self.currency}"


class Euro(Money):
    def __init__(self, cents, currency="eur"):
        super().__init__(cents, currency.upper())


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return type(self)(self.x + dx, self.y)

    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, k):
        self.n += k
        return self.n


class Tag:
    def __init__(self, label):
        self.label = label


class Box:
    def __init__(self, item):
        self.item = item


print(Money(150, "usd").show(), Money.parse("12.5 USD").show())
print(Euro(3).show(), Euro.parse("7 eur").show(), Euro.parse("-0 x").cents)
p = Point(1, 2)
print(p.moved(3), p.moved(-1.5), Point("a", "b").moved("c"))
q = Point3(1, 1, 9)
print(q.moved(1), q.moved(2).z)
c = Counter(0)
for i in range(5):
    c.bump(i)
print(c.n)
maybe = Point(5, 5) if c.n == 10 else None
if maybe is not None:
    print(maybe.__class__("x", None))
kinds = [Tag, Box]
print([type(k("v")).__name__ for k in kinds], [k(1).__class__ is k for k in kinds])
args = (["l", "i", "s", "t"],)
t = Tag(*args)
print(t.label, Tag("plain").label, Box(10**30).item + 1)
print(Counter(-7).bump(2), Counter(2**70).bump(1))
