# contextlib.contextmanager: setup/teardown around yield, exceptions, suppression, nesting.
from contextlib import contextmanager, suppress, ExitStack, nullcontext


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with tag("html") as value:
    with tag("body"):
        print("  content", value)


@contextmanager
def safe_section(label):
    print(f"[{label}] begin")
    try:
        yield
    except ValueError as e:
        print(f"[{label}] handled ValueError: {e}")
    finally:
        print(f"[{label}] end")


with safe_section("one"):
    raise ValueError("bad value")
print("continued after one")
try:
    with safe_section("two"):
        raise KeyError("missing")
except KeyError as e:
    print("KeyError escaped:", e)


@contextmanager
def temporary(d, key, value):
    had = key in d
    old = d.get(key)
    d[key] = value
    try:
        yield d
    finally:
        if had:
            d[key] = old
        else:
            del d[key]


settings = {"mode": "prod"}
with temporary(settings, "mode", "test") as s:
    print("inside:", s)
    with temporary(settings, "debug", True):
        print("nested:", settings)
print("restored:", settings)
try:
    with temporary(settings, "mode", "broken"):
        raise RuntimeError("crash")
except RuntimeError:
    print("after crash:", settings)

# contextlib.suppress
with suppress(FileNotFoundError, KeyError):
    {}["nope"]
print("suppressed KeyError")
with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not printed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError not suppressed:", e)

# ExitStack runs callbacks in reverse order.
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    names = [stack.enter_context(tag(f"t{i}")) for i in range(2)]
    print("names:", names)

with nullcontext(42) as n:
    print("nullcontext gives", n)


# A generator-based context manager that does not yield raises RuntimeError.
@contextmanager
def broken():
    if False:
        yield


try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def timer_like(log):
    log.append("start")
    yield log
    log.append("stop")         # skipped when the body raises: no try/finally


log = []
try:
    with timer_like(log):
        raise ValueError("x")
except ValueError:
    pass
print(log)
