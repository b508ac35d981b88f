# functools.cache and lru_cache: memoised recursion, cache_info, maxsize eviction, cache_clear.
from functools import cache, lru_cache

calls = 0


@cache
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), calls)
print(fib(100), calls)         # served from the cache
print(fib.cache_info())


@lru_cache(maxsize=None)
def partitions(n, k):
    """Number of ways to write n as a sum of parts no larger than k."""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(100, 100), partitions.cache_info().currsize > 0)


@lru_cache(maxsize=2)
def square(x):
    print(f"  computing {x}^2")
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    print(x, "->", square(x))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
square(3)


# Arguments must be hashable.
@cache
def total(items):
    return sum(items)


print(total((1, 2, 3)))
try:
    total([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)


# Keyword and positional calls are cached separately.
@lru_cache
def power(base, exp=2):
    print(f"  power({base}, {exp})")
    return base ** exp


print(power(3), power(3), power(3, 2), power(base=3), power(3, exp=2), power(3, exp=2))
print(power.cache_info().hits, power.cache_info().misses)


# Memoised grid path count with obstacles.
BLOCKED = {(1, 1), (2, 3), (4, 2)}


@cache
def paths(r, c):
    if (r, c) in BLOCKED or r < 0 or c < 0:
        return 0
    if r == 0 and c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(6, 6), paths(20, 20), fib.__name__, paths.__wrapped__.__name__)


# Deep recursion with the cache: edit distance.
@cache
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))


print(edit("kitten", "sitting"), edit("intention", "execution"), edit("", "abc"))
