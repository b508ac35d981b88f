# Typed classes with read-only properties: the getter is called directly, also through
# subclasses that override it, on receivers of several classes, on None (AttributeError
# like Python), with a getter that raises, and next to a property with a setter (dynamic).
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm(self):
        return math.hypot(self.x, self.y)

    @property
    def kind(self):
        return "vec"

    @property
    def inverse(self):
        return Vec(1 / self.x, 1 / self.y)


class Vec3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    @property
    def norm(self):
        return math.sqrt(super().norm ** 2 + self.z * self.z)

    @property
    def kind(self):
        return "vec3"


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


vs = [Vec(3.0, 4.0), Vec3(1.0, 2.0, 2.0), Vec(-0.5, 0.25)]
total = 0.0
for v in vs:
    total += v.norm
    print(v.kind, round(v.norm, 9))
print(round(total, 9))
print(vs[2].inverse.x, vs[2].inverse.kind)

t = Temp(25.0)
print(t.celsius, t.fahrenheit)
t.celsius = -40.0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)

best = None
for v in vs:
    if best is None or v.norm > best.norm:
        best = v
print(best.kind, best.x)

z = Vec(0.0, 1.0)
try:
    print(z.inverse)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

maybe = None
print(maybe.norm)
