# Grid paths with obstacles, memoised on (i, j); the cache is cleared each round.
from functools import lru_cache
import sys


@lru_cache(maxsize=None)
def paths(i, j):
    if i < 0 or j < 0:
        return 0
    if (i * 7 + j * 13) % 11 == 0 and i + j > 0:
        return 0
    if i == 0 and j == 0:
        return 1
    return (paths(i - 1, j) + paths(i, j - 1)) % 1000000007


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 150
t = 0
for r in range(rounds):
    paths.cache_clear()
    for k in range(60, 120):
        t = (t + paths(k, k + r % 5)) % 1000000007
print(t, paths.cache_info())
