# Event bus with decorator registration; handlers sorted with key= on a dynamically typed list.
import functools
import time
from collections import defaultdict
from typing import Callable


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.fired = 0

    def on(self, event: str, priority: int = 0):
        def decorator(fn: Callable):
            self._handlers[event].append((priority, fn))
            self._handlers[event].sort(key=lambda p: -p[0])
            return fn
        return decorator

    def emit(self, event, *args, **kwargs):
        self.fired += 1
        results = []
        for _, h in self._handlers.get(event, []):
            r = h(*args, **kwargs)
            if r is StopIteration:
                break
            results.append(r)
        return results


bus = EventBus()


def logged(prefix="LOG"):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            print(f"{prefix}: {fn.__name__}{a}{k if k else ''}")
            return fn(*a, **k)
        inner.calls = 0
        return inner
    return deco


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@bus.on("order", priority=1)
@logged("ship")
def ship(order_id, qty=1):
    return f"shipped {order_id} x{qty}"


@bus.on("order", priority=5)
@counted
def validate(order_id, qty=1):
    if qty <= 0:
        return StopIteration
    return f"valid {order_id}"


@bus.on("order")
def audit(order_id, **kw):
    return ("audit", order_id, sorted(kw))


print(bus.emit("order", 17, qty=3))
print(bus.emit("order", 18, qty=0))
print(bus.emit("refund", 1))
print(validate.calls, validate.__name__, ship.__name__, bus.fired)


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return inc, reset


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


class retry:
    def __init__(self, times):
        self.times = times

    def __call__(self, fn):
        def wrapped(*args):
            last = None
            for attempt in range(1, self.times + 1):
                try:
                    return fn(*args, attempt=attempt)
                except ConnectionError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {self.times}") from last
        return wrapped


@retry(3)
def flaky(x, attempt):
    if attempt < 3:
        raise ConnectionError(f"timeout #{attempt}")
    return x * 2


print(flaky(21))


@retry(2)
def broken(attempt):
    raise ConnectionError("down")


try:
    broken()
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))

compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(pipeline("  Hello Big World "))
p = functools.partial(int, base=2)
print(p("1011"), p.func is int, p.keywords)


def timer(fn):
    def w(*a):
        t0 = time.perf_counter()
        r = fn(*a)
        dt = time.perf_counter() - t0
        return r, dt >= 0
    return w


@timer
def work(n):
    return sum(i * i for i in range(n))


print(work(1000))
