# Memoised functions compiled with a typed cache: cache_info after each phase, keys of
# positional and keyword calls, 1 / 1.0 / True, typed=True, defaults, exceptions.
import functools
from functools import cache, lru_cache


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(100), fib.cache_info())
print(fib.cache_parameters())


@lru_cache(maxsize=None)
def grid(i, j):
    if i == 0 or j == 0:
        return 1
    return grid(i - 1, j) + grid(i, j - 1)


print(grid(16, 16), grid.cache_info())
print(grid(3, 4), grid.cache_info())


@lru_cache(None)
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))


print(edit("kitten", "sitting"), edit("sunday", "saturday"), edit.cache_info())


@functools.lru_cache(maxsize=None)
def pairs(t):
    # A tuple argument: the tuple is the key's item.
    return sum(t) if t else 0


print(pairs((1, 2, 3)), pairs((1, 2, 3)), pairs(()), pairs.cache_info())


# Exceptions are not cached; the miss is counted.
@cache
def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * 2


for n in [1, -1, -1, 1]:
    try:
        print(check(n))
    except ValueError as e:
        print("ValueError", e)
print(check.cache_info())


# A zero-argument memoised function.
counter = [0]


@cache
def once():
    counter[0] += 1
    return counter[0]


print(once(), once(), once(), once.cache_info())


# lru_cache(0) and negative sizes never cache.
@lru_cache(maxsize=0)
def nocache(x):
    return x + 1


@lru_cache(-3)
def negcache(x):
    return x + 1


print(nocache(1), nocache(1), nocache.cache_info(), nocache.cache_parameters())
print(negcache(1), negcache(1), negcache.cache_info())


# typed=True with ints only: one entry per value.
@lru_cache(maxsize=None, typed=True)
def sq(x):
    return x * x


print(sq(3), sq(3), sq(4), sq.cache_info(), sq.cache_parameters())


# Strings and bools as keys.
@cache
def shout(s, loud):
    return s.upper() if loud else s


print(shout("a", True), shout("a", False), shout("a", True), shout.cache_info())


# An omitted default is a different key than the same value passed.
@lru_cache(maxsize=None)
def power(base, exp=2):
    return base**exp


print(power(3), power(3, 2), power(3), power(base=3), power(3, exp=2), power(3, exp=2))
print(power.cache_info())
