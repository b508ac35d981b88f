# An event bus: handlers as bound methods and closures, decorators on methods, generator-based
# iteration protocols, weak ordering by priority, and exceptions isolated per handler.
import functools
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self._seq = 0
        self.errors = []

    def on(self, event, priority=0):
        def deco(fn):
            self._seq += 1
            self._handlers[event].append((-priority, self._seq, fn))
            self._handlers[event].sort(key=lambda t: t[:2])
            return fn
        return deco

    def off(self, event, fn):
        before = len(self._handlers[event])
        self._handlers[event] = [h for h in self._handlers[event] if h[2] is not fn]
        return before - len(self._handlers[event])

    def emit(self, event, *args, **kwargs):
        results = []
        for _, _, fn in self._handlers.get(event, ()):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as exc:
                self.errors.append((event, type(exc).__name__, str(exc)))
        return results

    def __iter__(self):
        for event in sorted(self._handlers):
            for _, seq, fn in self._handlers[event]:
                yield event, seq, getattr(fn, "__name__", repr(fn))

    def __len__(self):
        return sum(len(v) for v in self._handlers.values())


bus = EventBus()


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result!r}")
        return result
    return wrapper


@bus.on("order")
@logged
def confirm(order_id, qty=1):
    return f"confirmed #{order_id} x{qty}"


@bus.on("order", priority=10)
def validate(order_id, qty=1):
    if qty <= 0:
        raise ValueError(f"bad qty {qty}")
    return "valid"


class Inventory:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.log = []

    def reserve(self, order_id, qty=1):
        item = "widget"
        if self.stock[item] < qty:
            raise RuntimeError(f"out of {item}")
        self.stock[item] -= qty
        self.log.append((order_id, qty))
        return self.stock[item]

    @classmethod
    def empty(cls):
        return cls({"widget": 0})

    @staticmethod
    def describe(n):
        return f"{n} left"


inv = Inventory({"widget": 5})
bus.on("order", priority=5)(inv.reserve)
audit = []
bus.on("order", priority=-1)(lambda order_id, qty=1: audit.append(order_id) or len(audit))

print(bus.emit("order", 1))
print(bus.emit("order", 2, qty=3))
print(bus.emit("order", 3, qty=4))
print(bus.emit("order", 4, qty=0))
print(bus.errors, inv.stock, inv.log, audit)
print(list(bus), len(bus))
print(bus.off("order", inv.reserve), bus.off("order", validate), len(bus))
print(bus.emit("order", 5, qty=100))
print(bus.emit("nothing"), Inventory.empty().stock, Inventory.describe(3), inv.describe(4))


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print(list(cd), list(cd), sum(cd), [x * y for x in cd for y in Countdown(2)])
it = iter(cd)
print(next(it), next(it), next(it), next(it, "done"))
print(dict(zip(Countdown(3), "abc")), sorted(Countdown(4)), max(Countdown(5)))
a, b, *c = Countdown(5)
print(a, b, c)
handlers = {name: getattr(inv, name) for name in ("reserve", "describe")}
print(sorted(handlers), handlers["describe"](9))
method = inv.reserve
print(method.__self__ is inv, method.__name__, method.__func__.__name__)
