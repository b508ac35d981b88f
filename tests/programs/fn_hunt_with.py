# Context managers: user classes, contextlib helpers, exceptions through them, suppression.
import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

log = []


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
        self.open = False

    def __enter__(self):
        self.open = True
        log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None} {exc}")
        return self.swallow

    def close(self):
        log.append(f"close {self.name}")


with Resource("a") as r:
    print("inside", r.name, r.open)
print("after", r.open)

with Resource("b", swallow=True):
    raise ValueError("swallowed")
print("continued")

try:
    with Resource("c"), Resource("d", swallow=False) as d:
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
print(log)
log.clear()


def find_first(items, target):
    for i, x in enumerate(items):
        with Resource(f"r{i}"):
            if x == target:
                return i
    return -1


print(find_first([5, 6, 7], 6), log)
log.clear()


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled zero division")
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("body", t)
with tag("div"):
    1 / 0
try:
    with tag("span"):
        int("x")
except ValueError as e:
    print("ValueError:", e)


@contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception:
        store.clear()
        store.update(snapshot)
        raise


db = {"a": 1}
with transaction(db) as s:
    s["b"] = 2
try:
    with transaction(db) as s:
        s["c"] = 3
        raise RuntimeError("rollback")
except RuntimeError as e:
    print("rolled back:", e)
print(db)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with suppress(ValueError):
    pass
try:
    with suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError:", e)

with closing(Resource("closable")) as c:
    print("using", c.name)
print(log)
with nullcontext(42) as v:
    print("null", v)
with nullcontext():
    print("null none")

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"s{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("stack open", [r.open for r in rs])
print("stack closed", [r.open for r in rs])
print(log)


class Timer:
    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, *exc):
        print("exit args", exc[0] is None, len(exc))
        return False


with Timer() as tm:
    pass
print(tm.entered)


def gen_with():
    with Resource("gen"):
        yield 1
        yield 2


print(list(gen_with()))


@contextmanager
def bad():
    yield 1
    yield 2


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(log[-4:])
