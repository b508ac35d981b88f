# A shape hierarchy: abstract base, areas and perimeters, scaling, sorting and a text canvas.
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    count = 0

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y
        Shape.count += 1

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    @abstractmethod
    def scaled(self, k): ...

    def contains(self, px, py) -> bool:
        return False

    def __lt__(self, other):
        return self.area() < other.area()

    def __str__(self):
        return f"{type(self).__name__.lower()} at ({self.x:g}, {self.y:g}): area {self.area():.3f}, perimeter {self.perimeter():.3f}"


class Circle(Shape):
    def __init__(self, r, x=0.0, y=0.0):
        if r <= 0:
            raise ValueError(f"radius must be positive, got {r}")
        super().__init__(x, y)
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def scaled(self, k):
        return Circle(self.r * k, self.x, self.y)

    def contains(self, px, py):
        return (px - self.x) ** 2 + (py - self.y) ** 2 <= self.r ** 2

    def __repr__(self):
        return f"Circle(r={self.r})"


class Rectangle(Shape):
    def __init__(self, w, h, x=0.0, y=0.0):
        if w <= 0 or h <= 0:
            raise ValueError(f"sides must be positive, got {w}x{h}")
        super().__init__(x, y)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scaled(self, k):
        return Rectangle(self.w * k, self.h * k, self.x, self.y)

    def contains(self, px, py):
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h

    def __repr__(self):
        return f"Rectangle({self.w}x{self.h})"


class Square(Rectangle):
    def __init__(self, side, x=0.0, y=0.0):
        super().__init__(side, side, x, y)

    def scaled(self, k):
        return Square(self.w * k, self.x, self.y)

    def __repr__(self):
        return f"Square({self.w})"


class Triangle(Shape):
    def __init__(self, a, b, c):
        sides = sorted((a, b, c))
        if sides[0] + sides[1] <= sides[2]:
            raise ValueError(f"not a triangle: {a}, {b}, {c}")
        super().__init__()
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self):
        return self.a + self.b + self.c

    def scaled(self, k):
        return Triangle(self.a * k, self.b * k, self.c * k)

    def __repr__(self):
        return f"Triangle({self.a}, {self.b}, {self.c})"


def build(spec):
    kind, *args = spec.split()
    nums = [float(a) if "." in a else int(a) for a in args]
    classes = {"circle": Circle, "rect": Rectangle, "square": Square, "tri": Triangle}
    if kind not in classes:
        raise KeyError(kind)
    return classes[kind](*nums)


specs = ["circle 1", "rect 3 4", "square 2.5", "tri 3 4 5", "tri 1 1 3", "circle -2",
         "hexagon 3", "rect 2", "square 1 5 5", "circle 2.0 4 4"]
shapes = []
for spec in specs:
    try:
        shapes.append(build(spec))
    except ValueError as e:
        print(f"{spec!r}: ValueError: {e}")
    except KeyError as e:
        print(f"{spec!r}: unknown shape {e}")
    except TypeError as e:
        print(f"{spec!r}: TypeError: {e}")

for s in shapes:
    print(s)
print("created:", Shape.count, "kept:", len(shapes))
print("sorted by area:", sorted(shapes))
print("largest:", repr(max(shapes)), "smallest:", repr(min(shapes)))
print("total area: %.4f" % sum(s.area() for s in shapes))
doubled = [s.scaled(2) for s in shapes]
print("doubled:", doubled)
print("area ratios:", [round(d.area() / s.area(), 6) for s, d in zip(shapes, doubled)])
print("squares:", [s for s in shapes if isinstance(s, Square)], "rects:", sum(isinstance(s, Rectangle) for s in shapes))

# A small text canvas: which shapes cover each cell.
canvas_shapes = [Circle(2.0, 4, 4), Rectangle(3, 2, 0, 0), Square(2, 6, 1)]
for row in range(8):
    line = ""
    for col in range(10):
        hits = [i for i, s in enumerate(canvas_shapes) if s.contains(col, row)]
        line += "." if not hits else str(hits[0]) if len(hits) == 1 else "*"
    print(line)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
