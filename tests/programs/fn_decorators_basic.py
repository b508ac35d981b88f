# Decorators without arguments: wrapping, stacking order, class decorators, decorating methods.
def trace(fn):
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {fn.__name__}({arg_text})")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper


@trace
def add(a, b=0):
    return a + b


add(2, b=3)
add("x", "y")
print(add.__name__)      # no functools.wraps: the wrapper's name


def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"


def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"


@bold
@italic
def greet(name):
    return "hi " + name


print(greet("ann"))     # bold(italic(greet))


# A decorator that counts calls using a function attribute.
def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper


@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15), fib.calls)


# Decorators run at definition time.
registry = []


def register(fn):
    registry.append(fn.__name__)
    return fn


print("before definitions", registry)


@register
def alpha():
    return "a"


@register
def beta():
    return "b"


print("after definitions", registry, alpha(), beta())


# A decorator that validates arguments and raises.
def positive(fn):
    def wrapper(x):
        if x <= 0:
            raise ValueError(f"{fn.__name__} needs a positive number, got {x}")
        return fn(x)
    return wrapper


@positive
def half(x):
    return x / 2


print(half(9))
try:
    half(-2)
except ValueError as e:
    print("ValueError:", e)


# Class decorator adding a method, and decorating methods.
def with_describe(cls):
    def describe(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.describe = describe
    return cls


@with_describe
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"P({self.x}, {self.y})"

    @trace
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2


p = Point(1, 2)
print(p.describe())
print(Point(0, 0).dist2(Point(3, 4)), p.dist2.__name__)


# A decorator returning something that is not a function.
def to_constant(fn):
    return fn()


@to_constant
def answer():
    return 42


print(answer, type(answer).__name__)
