# Collatz chain lengths, memoised with lru_cache(None) over many starts.
from functools import lru_cache
import sys

sys.setrecursionlimit(5000)


@lru_cache(None)
def length(n):
    if n == 1:
        return 1
    if n % 2 == 0:
        return 1 + length(n // 2)
    return 1 + length(3 * n + 1)


N = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
best = max(range(1, N), key=length)
print(best, length(best), length.cache_info())
