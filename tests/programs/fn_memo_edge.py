# Memoised functions: calls before the def, mixed argument types on direct calls,
# generators, functions of another module, decorators molt leaves dynamic.
import functools
from functools import cache, lru_cache

from memo_lib import counts
from memo_lib.counts import label

try:
    early(1)
except NameError as e:
    print("NameError", e)
try:
    early.cache_info()
except NameError as e:
    print("NameError", e)


@cache
def early(n):
    return n + 1


print(early(1), early.cache_info())


# Direct calls with an int, a bool and a float: the keys are CPython's.
@cache
def mixed(x):
    return repr(x)


print(mixed(1), mixed(True), mixed(1.0), mixed(1), mixed.cache_info())


@lru_cache(maxsize=None, typed=True)
def mixed_typed(x, y):
    return repr((x, y))


print(mixed_typed(1, "a"), mixed_typed(True, "a"), mixed_typed(1.0, "a"))
print(mixed_typed(1, "a"), mixed_typed.cache_info())


# A memoised generator function caches the generator object itself.
@cache
def gen(n):
    yield from range(n)


g1 = gen(3)
print(list(g1), list(gen(3)), gen(3) is g1, gen.cache_info())


# Functions of another module.
print(counts.ways(30), counts.ways.cache_info())
print(label(3), label(3), counts.label.cache_info())
counts.ways.cache_clear()
print(counts.ways.cache_info())


# A decorator molt keeps dynamic: a size that is not a literal.
size = 2


@lru_cache(maxsize=size)
def sized(n):
    return n * 3


print(sized(1), sized(2), sized(3), sized(1), sized.cache_info())


# Float and list arguments on direct calls: the key is CPython's tuple.
@cache
def halve(x):
    return x / 2


print(halve(3.0), halve(3.0), halve(3), halve.cache_info())


@cache
def length(xs):
    return len(xs)


try:
    length([1, 2])
except TypeError as e:
    print("TypeError", e, length.cache_info())
print(length((1, 2)), length.cache_info())


# Nested recursion between two memoised functions.
@cache
def even(n):
    return True if n == 0 else odd(n - 1)


@cache
def odd(n):
    return False if n == 0 else even(n - 1)


print(even(200), odd(201), even.cache_info(), odd.cache_info())


# Eleven parameters, tuple parameters in a bounded cache, an optional parameter.
@cache
def many(a, b, c, d, e, f, g, h, i, j, k):
    return a + b + c + d + e + f + g + h + i + j + k


print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
print(many.cache_info())


@lru_cache(maxsize=2)
def tup(p, q):
    return (p, q[0])


print(tup((1, "a"), ("x",)), tup((1, "a"), ("x",)), tup((2, "b"), ("y", "z")), tup.cache_info())


@cache
def opt(x):
    return 0 if x is None else x


print(opt(None), opt(3), opt(None), opt.cache_info())
