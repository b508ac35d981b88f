from collections import namedtuple
from typing import NamedTuple
import heapq

Point = namedtuple("Point", ["x", "y"], defaults=[0])
Card = namedtuple("Card", "rank suit")

class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0
    level: int = 1

    def raise_by(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

    @property
    def title(self):
        return f"{self.dept}-L{self.level}"

    def __str__(self):
        return f"{self.name} ({self.title})"

p = Point(3)
print(p, Point(1, 2), p._replace(y=9), p._asdict(), Point._fields, Point._field_defaults)
print(Point._make([5, 6]), p.x, p[1], len(p), p + (1,), p * 2, tuple(p), list(p))
x, y = Point(7, 8)
print(x, y, Point(7, 8) == (7, 8), Point(1, 2) < Point(1, 3), hash(Point(1, 2)) == hash((1, 2)))
emps = [Employee("ann", "eng", 120000, 3), Employee("bob", "ops"), Employee("cy", "eng", 95000.5, 2)]
for e in emps:
    print(e, repr(e))
print(emps[1].raise_by(10), emps[0]._asdict())
print(sorted(emps, key=lambda e: (e.dept, -e.salary)))
print(sorted(emps)[0].name, max(emps, key=lambda e: e.salary).title)
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
name, dept, *rest = emps[2]
print(name, dept, rest)
print(isinstance(emps[0], tuple), type(emps[0]).__name__, Employee.__bases__)
cards = [Card(r, s) for s in "SH" for r in (2, 11, 5)]
heapq.heapify(cards)
print([heapq.heappop(cards) for _ in range(3)])
print({Card(2, "S"): 1, Card(2, "S"): 2})
by_dept = {}
for e in emps:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Employee("z")
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2)._replace(z=3)
except ValueError as e:
    print("ValueError:", e)
print(Point(1, y=5), Employee(name="q", dept="hr", level=4))
print(str(Point(1, 2)), f"{Point(1, 2)!r:>20}|", f"{emps[1]!s}")
Card(1, 2, 3)
