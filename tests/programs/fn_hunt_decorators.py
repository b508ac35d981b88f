# Decorators with and without arguments, stacking, functools.wraps, cache/lru_cache, partial, reduce.
import functools
from functools import lru_cache, partial, reduce, wraps

REGISTRY = {}


def register(name=None):
    def deco(func):
        REGISTRY[name or func.__name__] = func
        return func
    return deco


@register()
def hello(who):
    """Say hello."""
    return "hello " + who


@register("bye")
def goodbye(who):
    return "bye " + who


print(sorted(REGISTRY), REGISTRY["bye"]("x"), REGISTRY["hello"]("y"))

calls = []


def trace(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        return func(*args, **kwargs)
    return wrapper


def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco


@trace
@repeat(3)
def shout(word, punct="!"):
    """Shout a word."""
    return word.upper() + punct


print(shout("hey"), shout("ok", punct="?"))
print(shout.__name__, shout.__doc__, shout.__wrapped__.__name__, calls)
print(shout.__wrapped__.__wrapped__("raw"))


def plain(func):
    def wrapper(*a):
        return func(*a)
    return wrapper


@plain
def documented():
    """doc"""


print(documented.__name__, documented.__doc__)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.cache_info().hits > 0)


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for v in [1, 2, 1, 3, 1, 2]:
    square(v)
print(square.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


@lru_cache
def untyped(x):
    return repr(x)


print(untyped(1), untyped(1.0), untyped.cache_info())


def power(base, exp):
    return base ** exp


sq = partial(power, exp=2)
two_to = partial(power, 2)
print(sq(9), two_to(10), sq.func is power, sq.args, sq.keywords, two_to.args)
print(repr(partial(max, 1, key=abs)).replace(repr(max), "<max>"))
print(sorted([-5, 3, -1], key=partial(power, exp=2)))
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], 0))
print(reduce(max, [3, 9, 2]), functools.reduce(lambda acc, s: acc + len(s), ["ab", "c"], 100))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)


class Timer:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.func(*args)


@Timer
def add(a, b):
    """Add two."""
    return a + b


print(add(1, 2), add(3, 4), add.count, add.__name__, add.__doc__)


def validate(**types):
    def deco(func):
        @wraps(func)
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return func(**kwargs)
        return wrapper
    return deco


@validate(name=str, age=int)
def person(name, age):
    return f"{name}:{age}"


print(person(name="a", age=3))
try:
    person(name="a", age="3")
except TypeError as e:
    print("TypeError:", e)


class Service:
    handlers = {}

    @staticmethod
    def route(path):
        def deco(f):
            Service.handlers[path] = f
            return f
        return deco


@Service.route("/a")
def handle_a():
    return "A"


print(Service.handlers["/a"](), list(Service.handlers))
