# Classes with __slots__ are typed classes: their fields are read and written through
# the __slots__ member slots, with CPython's errors for unset and undeclared names.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)

    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)


class P3(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)


class Free(P):
    # No __slots__: instances get a __dict__ beside the inherited slots.
    def __init__(self, x, y):
        super().__init__(x, y)
        self.tag = "free"


class Lazy:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a

    def get_b(self):
        return self.b

    def set_b(self, v):
        self.b = v

    def drop_a(self):
        del self.a

    def get_a(self):
        return self.a


class Q:
    __slots__ = ("x", "y")


class Shadow(Q):
    # A property named like an inherited slot wins over the slot.
    @property
    def x(self):
        return 100

    def __init__(self, y):
        self.y = y


class One:
    __slots__ = "v"

    def __init__(self, v):
        self.v = v


class Hidden:
    __slots__ = ["__secret", "open_"]

    def __init__(self, s):
        self.__secret = s
        self.open_ = s * 2

    def reveal(self):
        return self.__secret + self.open_


ones = [One(i) for i in range(10)]
print(sum(o.v for o in ones), Hidden(3).reveal(), Hidden.__dict__["_Hidden__secret"])
acc = P(0, 0)
for i in range(1000):
    acc = acc + P(i, -i)
print(acc, acc.norm1())
q = P3(1, -2, 3)
print(q.x, q.y, q.z, q.norm1(), q + P(1, 1))
f = Free(5, 6)
f.extra = 7
print(f.x, f.tag, f.extra, f.norm1())
s = Shadow(4)
print(s.x, s.y)
try:
    s.x = 5
except AttributeError as e:
    print("AttributeError", e)
lz = Lazy(1)
try:
    print(lz.get_b())
except AttributeError as e:
    print("AttributeError", e)
lz.set_b([1, 2])
print(lz.get_b(), lz.get_a())
lz.drop_a()
try:
    lz.get_a()
except AttributeError as e:
    print("AttributeError", e)
try:
    lz.drop_a()
except AttributeError as e:
    print("AttributeError", e)
lz.a = "again"
print(lz.get_a())
for obj in (P(1, 2), P3(1, 2, 3), Free(1, 2)):
    try:
        obj.w = 1
        print(type(obj).__name__, "took w", obj.w)
    except AttributeError as e:
        print(type(obj).__name__, "AttributeError", e)
print(P.x, P3.z)
seen = {}
for k in range(5):
    p = P3(k, k * k, -k)
    seen[p.norm1()] = p
print(sorted(seen), seen[max(seen)])
bad = P(1, 2)
bad.q = 3
