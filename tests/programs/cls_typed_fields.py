# Typed classes (molt-types infer_class.rs): fields kept in layout slots, direct method
# calls and operators, class-tag dispatch, optional receivers, narrowing of `is not None`.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k=2.0):
        return self * k

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"


class Shape:
    def __init__(self, name):
        self.name = name
        self.hits = 0

    def area(self):
        raise NotImplementedError

    def describe(self):
        self.hits += 1
        return f"{self.name}: {self.area():.3f} ({self.hits})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

    def total(self):
        n = self
        s = 0
        while n is not None:
            s += n.value
            n = n.next
        return s


def nearest(points, target):
    best = None
    best_d = 0.0
    for p in points:
        d = (p - target).dot(p - target)
        if best is None or d < best_d:
            best = p
            best_d = d
    return best, best_d


def main():
    a = Vec(1.5, -2.0)
    b = Vec(-0.25, 4.0)
    print(a + b, a - b, a * 3.0, 2.0 * b, -a, a.dot(b), a.scaled(), a.scaled(0.5))
    shapes = [Circle(1.0), Rect(2.0, 3.5), Square(1.5), Circle(0.25)]
    for s in shapes:
        print(s.describe())
    print(shapes[0].describe(), sum(s.area() for s in shapes))
    head = None
    for v in range(-3, 5):
        head = Node(v, head)
    print(head.total(), head.next.value, Node(10).total())
    best, d = nearest([Vec(0.0, 0.0), Vec(3.0, 4.0), Vec(-1.0, 1.0)], Vec(2.0, 2.0))
    print(best, d)
    # A field that was never set, a deleted field, an optional receiver that is None.
    r = Rect(1.0, 2.0)
    del r.w
    try:
        print(r.area())
    except AttributeError as e:
        print("AttributeError:", e)
    empty = None
    if len(shapes) > 10:
        empty = shapes[0]
    try:
        print(empty.area())
    except AttributeError as e:
        print("AttributeError:", e)
    # Fields hold big ints and containers shared with their object.
    n = Node(2**70)
    items = [n]
    n.value += 1
    print(items[0].value, n.value == 2**70 + 1)
    c = Circle(2)
    c.r = "x"
    try:
        c.area()
    except TypeError as e:
        print("TypeError:", e)
    print(Square(3).area(), isinstance(Square(1), Rect), type(Square(2)).__name__)


main()
