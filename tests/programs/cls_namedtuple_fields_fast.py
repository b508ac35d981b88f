# Field access of named tuples goes through a native descriptor: values, the
# descriptor itself through the class, its doc, refusal to set or delete, a subclass
# overriding a field with a property, getters applied to foreign objects, and the
# tuple behaviour next to it (indexing, unpacking, comparisons, hash, repr).
from collections import namedtuple
from typing import NamedTuple
from operator import attrgetter

P = namedtuple("P", "x y")
p = P(3, 4)
print(p.x, p.y, p[0], p[-1], len(p), list(p), p == (3, 4), p < (3, 5), hash(p) == hash((3, 4)))
print(type(P.x).__name__, P.x.__doc__, P.y.__doc__)
print(P.x.__get__(p, P), P.y.__get__(p))
for bad in ["set", "del"]:
    try:
        if bad == "set":
            p.x = 5
        else:
            del p.y
    except AttributeError as e:
        print("AttributeError", e)
try:
    P.x.__get__((1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    P.x.__get__(object())
except TypeError as e:
    print("TypeError", e)


class Q(P):
    __slots__ = ()

    @property
    def y(self):
        return "prop"

    def norm(self):
        return self.x * self.x


q = Q(5, 6)
print(q.x, q.y, q[1], q.norm(), q, q._replace(x=1), q._asdict())


class Item(NamedTuple):
    name: str
    qty: int
    price: float = 1.5


items = [Item("a%d" % (i % 7), i % 5, i * 0.5) for i in range(40)] + [Item("z", 2)]
total = 0.0
for it in items:
    total += it.qty * it.price
print(total, items[-1], items[-1].price, Item._fields, Item._field_defaults)
print(sorted(items, key=attrgetter("qty", "name"))[:3])
print(max(items, key=lambda t: t.qty * t.price), min(items, key=lambda t: (t.name, -t.qty)))
for name, qty, price in items[:2]:
    print(name, qty, price)
print(isinstance(items[0], tuple), items[0]._replace(qty=9).qty, Item._make(["m", 1, 2.0]).name)
print(getattr(items[3], "qty"), hasattr(items[3], "nope"), getattr(items[3], "price", None))
try:
    items[0].nope
except AttributeError as e:
    print("AttributeError", e)
