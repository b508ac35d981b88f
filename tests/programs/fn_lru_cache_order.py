# lru_cache bookkeeping: recency order and eviction, results stored while the call
# recursed into the same key, hits and misses, unhashable arguments.
import functools

calls = []


@functools.lru_cache(maxsize=3)
def sq(n):
    calls.append(n)
    return [n * n]


for n in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    sq(n)
print(calls, sq.cache_info())

# A hit keeps the very object stored.
a = sq(3)
print(a is sq(3), sq.cache_info())


# The call stores the same key itself: the bounded cache keeps the first result, the
# unbounded one the last.
depth = [0]


@functools.lru_cache(maxsize=4)
def reenter(n):
    depth[0] += 1
    if depth[0] < 3:
        reenter(n)
    return [depth[0]]


first = reenter(7)
print(first, reenter(7), first is reenter(7), reenter.cache_info())

depth = [0]


@functools.cache
def reenter_all(n):
    depth[0] += 1
    if depth[0] < 3:
        reenter_all(n)
    return [depth[0]]


first = reenter_all(7)
print(first, reenter_all(7), first is reenter_all(7), reenter_all.cache_info())


# Many distinct keys through a small cache, with eviction each time.
@functools.lru_cache(maxsize=2)
def ident(x):
    return x


for i in range(1000):
    ident(i % 7)
print(ident.cache_info())


# Keys: 1, 1.0 and True are one key; tuples and keyword arguments are keys too.
@functools.lru_cache(maxsize=None)
def f(*args, **kwargs):
    return (args, sorted(kwargs.items()))


print(f(1), f(1.0), f(True), f(1, 2), f(1, b=2), f(b=2, a=1), f(a=1, b=2))
print(f.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def g(x):
    return repr(x)


print(g(1), g(1.0), g(True), g.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(300), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10))

try:
    f([1])
except TypeError as e:
    print("TypeError", e)
print(f.cache_info())
