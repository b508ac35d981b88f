# collections.namedtuple and typing.NamedTuple: fields, defaults, methods, tuple behaviour.
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", ["x", "y"])
Person = namedtuple("Person", "name age city", defaults=["Unknown"])

p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), p + (5,))
x, y = p
print(x * y, list(p), tuple(p), max(p))
print(p._replace(y=10), p._asdict(), Point._fields, Person._field_defaults)
print(Point._make([7, 8]), Point(y=1, x=2))
bob = Person("Bob", 30)
print(bob, bob.city, Person("Al", 5, "Rome"))
people = [Person("Cy", 40, "Oslo"), bob, Person("Ann", 30, "Lima")]
print(sorted(people))
print(sorted(people, key=lambda q: (q.age, q.name)))
print({pt: pt.x + pt.y for pt in [Point(1, 1), Point(1, 1), Point(2, 0)]})
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)


class Employee(NamedTuple):
    name: str
    salary: int
    dept: str = "eng"

    def raise_by(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)

    def __str__(self):
        return f"{self.name} ({self.dept}): {self.salary}"


e = Employee("Dana", 1000)
print(e, repr(e), e.raise_by(10), e.dept)
staff = [e, Employee("Eli", 1500, "ops"), Employee("Fay", 900)]
by_dept = {}
for s in staff:
    by_dept.setdefault(s.dept, []).append(s.name)
print(by_dept, sum(s.salary for s in staff), max(staff, key=lambda s: s.salary).name)
print(Employee._fields, isinstance(e, tuple), e._asdict())
name, salary, dept = e
print(name, salary, dept, e.count(1000), e.index("eng"))


# Subclassing a namedtuple to add a property.
class Vec(namedtuple("VecBase", "x y")):
    __slots__ = ()

    @property
    def length2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(1, 2) + Vec(3, 4)
print(v, v.length2, type(v).__name__)
