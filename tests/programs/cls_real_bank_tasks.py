# Realistic class code: accounts with properties, registries, heaps of ordered tasks,
# abstract properties, dataclasses with deepcopy, a matrix with @ and generators.
import heapq
import copy
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import total_ordering
from operator import attrgetter


class Registry:
    plugins = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[name or cls.__name__.lower()] = cls


class Csv(Registry, name="csv"):
    pass


class Json(Registry):
    pass


print(sorted(Registry.plugins), Registry.plugins["csv"].__name__)


class Account:
    interest = 0.02
    _count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._count += 1
        self.id = Account._count

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"negative balance for {self.owner}: {v}")
        self._balance = v

    @classmethod
    def from_str(cls, s):
        owner, bal = s.split(":")
        return cls(owner, int(bal))

    @staticmethod
    def fmt(x):
        return f"${x:,.2f}"

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)


class Savings(Account):
    interest = 0.05

    def __init__(self, owner, balance=0, *, limit=3):
        super().__init__(owner, balance)
        self.limit = limit

    def __repr__(self):
        return "Savings:" + super().__repr__()


a = Account.from_str("ann:100")
b = Savings("bob", 50, limit=1)
print(a, b, [a, b], {a: 1}, Account.fmt(1234567.891))
try:
    b.balance = -5
except ValueError as e:
    print("ValueError:", e)
b.balance += 25
print(b.balance, b.interest, a.interest, Account._count, b.limit, vars(a))
print(sorted([b, a], key=attrgetter("owner")), a == b, a != b, a == 3)
s = {a, b, Account.from_str("ann:100")}
print(len(s))


@total_ordering
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, o):
        return (self.pri, self.name) < (o.pri, o.name)

    def __eq__(self, o):
        return (self.pri, self.name) == (o.pri, o.name)

    def __repr__(self):
        return f"T{self.pri}{self.name}"


h = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "0")]:
    heapq.heappush(h, Task(p, n))
print([heapq.heappop(h) for _ in range(len(h))], Task(1, "a") >= Task(1, "a"))


class Shape(ABC):
    @property
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area:.3f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h


try:
    Shape()
except TypeError as e:
    print(e)
print(Rect(2, 3.5).describe())


@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)


items = [Item(3.5, "x"), Item(1.25, "y", ["a"]), Item(2.0, "z")]
print(sorted(items), max(items).name, items[1].tags)
c = copy.deepcopy(items[1])
c.tags.append("b")
print(items[1].tags, c.tags, c == items[1], c is items[1])


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __matmul__(self, o):
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __iter__(self):
        for r in self.rows:
            yield from r

    def __repr__(self):
        return "\n".join(" ".join(f"{x:>4}" for x in r) for r in self.rows)


m = Matrix([[1, 2], [3, 4]])
print(m @ m)
print(list(m), sum(m), max(m))
