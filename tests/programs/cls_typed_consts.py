# Typed classes reading class attributes through instances: constants (numbers, strs,
# None), a subclass overriding one, a counter the class updates (`C.count += 1`) read
# through instances and the class, a class attribute replaced from outside, and a tuple.


class Shape:
    SIDES = 0
    NAME = "shape"
    SCALE = 1.5
    TAG = None
    DIMS = (2, 3)
    count = 0

    def __init__(self, size):
        self.size = size
        Shape.count += 1

    def area(self):
        return self.size * self.size * self.SCALE

    def describe(self):
        return f"{self.NAME}/{self.SIDES}/{self.TAG}/{self.DIMS}/{self.count}"


class Square(Shape):
    SIDES = 4
    NAME = "square"


class Tri(Shape):
    SIDES = 3
    SCALE = 0.5

    def area(self):
        return super().area() + self.SIDES


shapes = [Shape(1), Square(2), Tri(3), Square(-4)]
total = 0.0
for s in shapes:
    total += s.area()
    print(s.describe(), s.SIDES * 2, s.NAME.upper())
print(total, Shape.count, Square.count)

# The class attribute changes through the class: instances see the new value.
Shape.count = 100
print(shapes[0].count, shapes[1].count)
Square.count = "sq"
print(shapes[1].count, shapes[0].count, shapes[2].count)
Shape.TAG2 = "late"
print(shapes[2].TAG2)


class Big:
    LIMIT = 2**64
    EMPTY = ""

    def __init__(self):
        self.n = 1

    def grow(self):
        while self.n < self.LIMIT:
            self.n *= 1000
        return self.n, len(self.EMPTY), self.LIMIT - self.n


print(Big().grow())
try:
    print(shapes[0].MISSING)
except AttributeError as e:
    print("AttributeError:", e)
