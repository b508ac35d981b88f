# An inventory system with dataclasses: products, stock movements, orders and a report.
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, List, Optional


class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"


class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku = sku


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price_cents: int
    category: Category

    @property
    def price(self) -> str:
        return f"{self.price_cents // 100}.{self.price_cents % 100:02d}"


@dataclass
class StockItem:
    product: Product
    quantity: int = 0
    reorder_level: int = 5
    movements: List[int] = field(default_factory=list)

    def add(self, n: int):
        self.quantity += n
        self.movements.append(n)

    def remove(self, n: int):
        if n > self.quantity:
            raise OutOfStock(self.product.sku, n, self.quantity)
        self.quantity -= n
        self.movements.append(-n)

    @property
    def needs_reorder(self) -> bool:
        return self.quantity <= self.reorder_level


@dataclass(order=True)
class OrderLine:
    sku: str
    quantity: int


@dataclass
class Order:
    number: int
    customer: str
    lines: List[OrderLine] = field(default_factory=list)
    status: str = "new"
    total_cents: Optional[int] = None


class Warehouse:
    def __init__(self):
        self.stock: Dict[str, StockItem] = {}

    def register(self, product: Product, quantity=0, reorder_level=5):
        if product.sku in self.stock:
            raise ValueError(f"duplicate sku {product.sku}")
        self.stock[product.sku] = StockItem(product, reorder_level=reorder_level)
        if quantity:
            self.stock[product.sku].add(quantity)

    def fulfil(self, order: Order):
        # Check everything first so a failed order changes nothing.
        for line in order.lines:
            item = self.stock.get(line.sku)
            if item is None:
                order.status = f"rejected: unknown sku {line.sku}"
                return
            if item.quantity < line.quantity:
                order.status = "backordered"
                raise OutOfStock(line.sku, line.quantity, item.quantity)
        total = 0
        for line in order.lines:
            item = self.stock[line.sku]
            item.remove(line.quantity)
            total += item.product.price_cents * line.quantity
        order.total_cents = total
        order.status = "shipped"

    def value_by_category(self):
        totals = {c: 0 for c in Category}
        for item in self.stock.values():
            totals[item.product.category] += item.quantity * item.product.price_cents
        return {c.value: v for c, v in totals.items()}


wh = Warehouse()
catalog = [
    (Product("T-100", "hammer", 1299, Category.TOOLS), 10, 3),
    (Product("T-200", "wrench set", 4550, Category.TOOLS), 4, 2),
    (Product("G-010", "trowel", 850, Category.GARDEN), 25, 10),
    (Product("G-020", "hose 20m", 2999, Category.GARDEN), 6, 5),
    (Product("K-001", "whisk", 399, Category.KITCHEN), 0, 5),
]
for product, qty, level in catalog:
    wh.register(product, qty, level)
try:
    wh.register(catalog[0][0])
except ValueError as e:
    print("ValueError:", e)

orders = [
    Order(1, "ann", [OrderLine("T-100", 2), OrderLine("G-010", 5)]),
    Order(2, "bob", [OrderLine("T-200", 5)]),
    Order(3, "cy", [OrderLine("K-001", 1)]),
    Order(4, "dee", [OrderLine("G-020", 1), OrderLine("X-999", 1)]),
    Order(5, "eve", [OrderLine("G-020", 3), OrderLine("T-200", 2), OrderLine("T-100", 8)]),
]
for order in orders:
    try:
        wh.fulfil(order)
    except OutOfStock as e:
        print(f"order {order.number}: OutOfStock {e} (sku {e.sku})")
    total = "-" if order.total_cents is None else f"{order.total_cents / 100:.2f}"
    print(f"order {order.number} for {order.customer}: {order.status}, total {total}")

wh.stock["K-001"].add(12)
print()
print(f"{'sku':<6} {'name':<11} {'price':>7} {'qty':>4}  reorder  movements")
for sku, item in sorted(wh.stock.items()):
    p = item.product
    print(f"{sku:<6} {p.name:<11} {p.price:>7} {item.quantity:>4}  {'yes' if item.needs_reorder else 'no':<7}  {item.movements}")
print(wh.value_by_category())
print(sorted(line for o in orders for line in o.lines)[:3])
print(orders[0])
shipped = [o.number for o in orders if o.status == "shipped"]
print("shipped:", shipped, "revenue:", sum(o.total_cents or 0 for o in orders))
print(catalog[0][0] == Product("T-100", "hammer", 1299, Category.TOOLS), catalog[0][0].category)
