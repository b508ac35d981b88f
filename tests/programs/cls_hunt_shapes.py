from abc import ABC, abstractmethod
import math


class Shape(ABC):
    registry = {}
    count = 0

    def __init_subclass__(cls, *, tag=None, **kw):
        super().__init_subclass__(**kw)
        if tag is not None:
            Shape.registry[tag] = cls
        cls.instances = 0

    def __init__(self):
        type(self).instances += 1
        Shape.count += 1

    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{self.__class__.__name__} area={self.area():.2f} perim={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    @classmethod
    def create(cls, tag, *args):
        try:
            return cls.registry[tag](*args)
        except KeyError:
            raise ValueError(f"unknown shape {tag!r}") from None

    @staticmethod
    def total_area(shapes):
        return sum(s.area() for s in shapes)


class Circle(Shape, tag="circle"):
    def __init__(self, r):
        super().__init__()
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __repr__(self):
        return f"Circle(r={self.r})"


class Rect(Shape, tag="rect"):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"{type(self).__name__}({self.w}, {self.h})"


class Square(Rect, tag="square"):
    def __init__(self, s):
        super().__init__(s, s)

    def __repr__(self):
        return f"Square({self.w})"


class Triangle(Shape, tag="tri"):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        super().__init__()
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Half(Shape):
    def area(self):
        return 0.5


def class_decorator(cls):
    cls.decorated = True
    orig = cls.describe

    def describe(self):
        return "*" + orig(self) + "*"

    cls.describe = describe
    return cls


@class_decorator
class Hexagon(Shape, tag="hex"):
    def __init__(self, s):
        super().__init__()
        self.s = s

    def area(self):
        return 3 * math.sqrt(3) / 2 * self.s ** 2

    def perimeter(self):
        return 6 * self.s


shapes = [Shape.create("circle", 1), Shape.create("rect", 2, 3), Shape.create("square", 2),
          Shape.create("tri", 3, 4, 5), Hexagon(1)]
for s in shapes:
    print(s.describe())
print(sorted(Shape.registry))
print(sorted(shapes)[0].__class__.__name__, [type(s).__name__ for s in sorted(shapes, reverse=True)])
print(round(Shape.total_area(shapes), 3), Shape.count, Circle.instances, Rect.instances, Square.instances)
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), Hexagon.decorated, Square.__mro__[1].__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape.create("blob")
except ValueError as e:
    print("ValueError:", e, e.__suppress_context__)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
print(Shape.count, Triangle.instances)
print(type(max(shapes)).__name__, type(min(shapes, key=lambda s: s.perimeter())).__name__)
print(Square.__name__, Square.__qualname__, Square.__bases__[0].__name__, Rect in Square.__mro__)
print([c.__name__ for c in Shape.__subclasses__()])
