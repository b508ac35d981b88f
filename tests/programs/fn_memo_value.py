# Memoised functions used as values share their cache with every direct call.
from functools import cache, lru_cache


@cache
def f(x):
    return x * 10


# 1, 1.0 and True: f(1) keys on 1 itself, f(1.0) and f(True) share the key (1.0,).
print(f(1), f(1.0), f(True), f.cache_info())
print(f(2), f(2), f.cache_info())
g = f
print(g(2), g is f, g.cache_info())
print(list(map(f, [1, 2, 3])), f.cache_info())
print(f.__name__, f.__wrapped__(5), f.cache_info())
print(sorted([3, 1, 2], key=f), f.cache_info())


@lru_cache(maxsize=None, typed=True)
def t(x):
    return repr(x)


print(t(1), t(1.0), t(True), t(1), t.cache_info())


@cache
def kw(a, b):
    return a - b


print(kw(5, 2), kw(a=5, b=2), kw(5, b=2), kw(5, 2), kw(b=2, a=5), kw.cache_info())


def apply(fn, *args):
    return fn(*args)


print(apply(kw, 5, 2), apply(kw, 7, 1), kw.cache_info())


# Unhashable arguments through the value: TypeError, and nothing counted.
@cache
def total(xs):
    return sum(xs)


print(total((1, 2)))
try:
    total([1, 2])
except TypeError as e:
    print("TypeError", e)
print(total.cache_info())
h = total
print(h((1, 2)), total.cache_info())


# Attributes set on the wrapper.
@cache
def tagged(n):
    return n


tagged.note = "hi"
print(tagged(1), tagged.note, tagged.cache_info())
