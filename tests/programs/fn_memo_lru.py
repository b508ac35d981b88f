# Bounded memoised functions: LRU eviction order, recency on hits, recursion.
from functools import lru_cache

log = []


@lru_cache(maxsize=3)
def sq(n):
    log.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 4]:
    sq(n)
print(log, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.cache_info())


@lru_cache(maxsize=128)
def collatz(n):
    if n == 1:
        return 1
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print([collatz(n) for n in range(1, 30)], collatz.cache_info())


@lru_cache
def bare(n):
    return n + 1


@lru_cache()
def empty_call(n):
    return n + 2


print(bare(1), bare(1), bare.cache_info(), empty_call(1), empty_call.cache_parameters())


@lru_cache(maxsize=1)
def one(a, b):
    log.append((a, b))
    return a * b


log.clear()
for a, b in [(1, 2), (1, 2), (2, 1), (1, 2), (2, 1)]:
    one(a, b)
print(log, one.cache_info())
