"""Shapes used by imp_module_attribute.py and imp_from_import.py."""
import math

print(f"loading {__name__}")

UNIT = "cm"
created = 0


class Circle:
    def __init__(self, r):
        global created
        created += 1
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def __repr__(self):
        return f"Circle({self.r})"


class Square:
    def __init__(self, side):
        global created
        created += 1
        self.side = side

    def area(self):
        return self.side ** 2

    def __repr__(self):
        return f"Square({self.side})"


def total_area(shapes):
    return sum(s.area() for s in shapes)


def describe(shape):
    return f"{shape!r} has area {shape.area():.2f} {UNIT}^2"
