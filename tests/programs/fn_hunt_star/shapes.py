import math

__all__ = ["Circle", "Square", "area_of"]


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


def area_of(shape):
    return round(shape.area(), 3)


def _private():
    return "hidden"


UNLISTED = "not in __all__"
