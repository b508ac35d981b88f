# Hunt: namedtuple/NamedTuple records ("%s %s" % record formats its items).
from collections import namedtuple
from typing import NamedTuple, Optional
Point = namedtuple("Point", "x y")
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0
    manager: Optional[str] = None
    def raise_(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))
    @property
    def initials(self):
        return "".join(p[0] for p in self.name.split())
    def __str__(self):
        return f"{self.name} ({self.dept})"
class P(Point):
    __slots__ = ()
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, o): return P(self.x + o.x, self.y + o.y)
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), tuple(p), p == (1, 2))
print(Point3(1, 2), Point3(1, 2, 3), Point3._field_defaults, len(Point3(0, 0)))
x, y = p
print(x, y, hash(p) == hash((1, 2)), p < Point(1, 3), max([Point(0, 9), Point(1, 0)]))
e = Employee("Ada Lovelace", "eng")
e2 = e.raise_(10)
print(e, repr(e), e2.salary, e.initials, e._asdict(), Employee._fields, Employee._field_defaults)
print([str(x) for x in sorted([e2, Employee("Bob", "ops", 1.0), e], key=lambda r: r.salary)])
print(P(3, 4).norm, P(1, 1) + P(2, 2), repr(P(0, 1)), isinstance(P(1, 2), tuple), isinstance(e, tuple))
try:
    p.x = 5
except AttributeError as e_:
    print(e_)
try:
    Point(1)
except TypeError as e_:
    print(e_)
try:
    Employee()
except TypeError as e_:
    print(e_)
print({Point(1, 2): "a"}[(1, 2)], Point(*range(2)), Point(y=1, x=0), f"{p}", "%s %s" % p)
