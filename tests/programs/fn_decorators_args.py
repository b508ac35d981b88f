# Decorators with arguments (decorator factories), functools.wraps, and stacking them.
import functools


def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def roll(face):
    """Return the face."""
    return face


print(roll(6), roll.__name__, roll.__doc__, roll.__wrapped__(1))


def retry(attempts, exceptions=(Exception,)):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            last = None
            for i in range(1, attempts + 1):
                try:
                    result = fn(*args)
                    print(f"  {fn.__name__}: succeeded on attempt {i}")
                    return result
                except exceptions as e:
                    print(f"  {fn.__name__}: attempt {i} failed: {e}")
                    last = e
            raise RuntimeError(f"{fn.__name__} failed after {attempts} attempts") from last
        return wrapper
    return decorator


state = {"calls": 0}


@retry(4, exceptions=(ConnectionError,))
def flaky_fetch(url):
    state["calls"] += 1
    if state["calls"] < 3:
        raise ConnectionError(f"timeout #{state['calls']}")
    return f"content of {url}"


print(flaky_fetch("http://x"))


@retry(2)
def always_fails():
    raise ValueError("nope")


try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


@retry(3, exceptions=(KeyError,))
def wrong_error():
    raise TypeError("not retried")


try:
    wrong_error()
except TypeError as e:
    print("TypeError:", e)


def tag(name, **attrs):
    attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return f"<{name}{attr_text}>{fn(*args)}</{name}>"
        return wrapper
    return decorator


@tag("div", cls="card")
@tag("p")
def render(text):
    return text.strip()


print(render("  hello  "), render.__name__, render.__wrapped__.__name__)


# Without functools.wraps the metadata is lost.
def plain(fn):
    def inner(*a):
        return fn(*a)
    return inner


@plain
def documented():
    """Docs."""


print(documented.__name__, documented.__doc__)


# A decorator usable with and without arguments.
def logged(fn=None, *, prefix="LOG"):
    if fn is None:
        return lambda f: logged(f, prefix=prefix)

    @functools.wraps(fn)
    def wrapper(*args):
        print(f"{prefix}: {fn.__name__}{args}")
        return fn(*args)
    return wrapper


@logged
def area(w, h):
    return w * h


@logged(prefix="DBG")
def perimeter(w, h):
    return 2 * (w + h)


print(area(2, 3), perimeter(2, 3), area.__name__, perimeter.__qualname__)


# Parameterised decorator on methods.
def validate_range(lo, hi):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(self, value):
            if not lo <= value <= hi:
                raise ValueError(f"{fn.__name__}: {value} not in [{lo}, {hi}]")
            return fn(self, value)
        return wrapper
    return decorator


class Thermostat:
    def __init__(self):
        self.target = 20

    @validate_range(5, 30)
    def set_target(self, value):
        self.target = value
        return self.target


th = Thermostat()
print(th.set_target(22))
try:
    th.set_target(40)
except ValueError as e:
    print("ValueError:", e)
print(th.target, Thermostat.set_target.__name__)
