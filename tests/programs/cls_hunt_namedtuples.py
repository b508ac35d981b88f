from collections import namedtuple
from typing import NamedTuple, Optional
import math


Point = namedtuple("Point", ["x", "y"])
Color = namedtuple("Color", "r g b a", defaults=(255,))


class Vec(NamedTuple):
    x: float
    y: float = 0.0

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)

    @property
    def angle(self):
        return math.degrees(math.atan2(self.y, self.x))

    @classmethod
    def unit(cls):
        return cls(1.0, 0.0)


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int
    manager: Optional[str] = None


class Pt3(Point):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f"<{self.x},{self.y}>"


p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), Point._fields, p._replace(x=0), Point._make((5, 6)), tuple(p))
print(p == (3, 4), p + (1,), p * 2, len(p), list(reversed(p)), sorted([Point(2, 1), Point(1, 5)]))
x, y = p
print(x, y, hash(p) == hash((3, 4)), p.index(4), p.count(3), {p: 1}[(3, 4)])
c = Color(1, 2, 3)
print(c, Color._field_defaults, c.a, Color(1, 2, 3, 4))
v = Vec(3.0, 4.0)
print(v, abs(v), v + Vec(1.0), v.scaled(2), round(v.angle, 3), Vec.unit(), Vec._fields, Vec._field_defaults)
staff = [
    Employee("ann", "eng", 120),
    Employee("bob", "eng", 100, "ann"),
    Employee("cat", "ops", 90),
    Employee("dan", "ops", 95, "cat"),
]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for d, es in sorted(by_dept.items()):
    print(d, [e.name for e in sorted(es, key=lambda e: -e.salary)], sum(e.salary for e in es))
print(max(staff, key=lambda e: e.salary).name, [e.name for e in staff if e.manager is None])
print(staff[1]._asdict(), staff[0]._replace(salary=130))
q = Pt3(6, 8)
print(q, repr(q), q.norm, isinstance(q, Point), isinstance(q, tuple), type(q).__name__)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Employee("x")
except TypeError as e:
    print("TypeError:", e)
