from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Dict, Optional
from collections import defaultdict
from operator import attrgetter


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.quantity

    @property
    def total(self) -> float:
        return self.price * self.quantity


class OutOfStock(Exception):
    def __init__(self, name, wanted, have):
        super().__init__(f"{name}: wanted {wanted}, have {have}")
        self.name = name
        self.wanted = wanted
        self.have = have


class Inventory:
    def __init__(self):
        self.items: Dict[str, Item] = {}
        self.log: List[str] = []

    def add(self, item: Item) -> None:
        if item.name in self.items:
            existing = self.items[item.name]
            existing.quantity += item.quantity
            existing.__post_init__()
            self.log.append(f"restock {item.name} +{item.quantity}")
        else:
            self.items[item.name] = item
            self.log.append(f"new {item.name}")

    def remove(self, name: str, qty: int) -> Item:
        item = self.items.get(name)
        if item is None:
            raise KeyError(name)
        if item.quantity < qty:
            raise OutOfStock(name, qty, item.quantity)
        item.quantity -= qty
        item.__post_init__()
        self.log.append(f"sold {name} -{qty}")
        return item

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(sorted(self.items.values()))

    def __contains__(self, name):
        return name in self.items

    def by_tag(self) -> Dict[str, List[str]]:
        out = defaultdict(list)
        for it in self.items.values():
            for t in it.tags:
                out[t].append(it.name)
        return dict(out)

    def value(self) -> float:
        return sum(i.total for i in self.items.values())


inv = Inventory()
inv.add(Item("apple", 0.5, 100, ["fruit", "fresh"]))
inv.add(Item("banana", 0.25, 150, ["fruit"]))
inv.add(Item("hammer", 12.99, 5, ["tools"]))
inv.add(Item("nails", 0.01, 1000, ["tools", "small"]))
inv.add(Item("apple", 0.5, 20))

print(len(inv), "apple" in inv, "pear" in inv)
for it in inv:
    print(it, round(it.total, 2))

try:
    inv.remove("hammer", 10)
except OutOfStock as e:
    print("error:", e, e.args, e.wanted - e.have)

try:
    inv.remove("pear", 1)
except KeyError as e:
    print("missing", e, repr(e))

inv.remove("nails", 250)
print(inv.by_tag())
print(round(inv.value(), 2))
a = inv.items["apple"]
print(asdict(a))
print(astuple(a))
b = replace(a, quantity=3)
print(b, b.sort_index, a == b, a < b, b < a)
print(sorted(inv.items.values(), key=attrgetter("price"))[0].name)
print([i.name for i in sorted(inv.items.values(), key=attrgetter("quantity", "name"), reverse=True)])
print(inv.log)
print(max(inv.items.values()).name, min(inv.items.values()).name)
c = Item("x", 1.0, 2, ["a"])
d = Item("x", 1.0, 2, ["b"])
print(c == d, c != d, c <= d)
