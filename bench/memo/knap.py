# 0/1 knapsack and integer partitions, memoised on ints.
from functools import cache, lru_cache
import sys

W = [(i * 37) % 23 + 1 for i in range(120)]
V = [(i * 53) % 31 + 1 for i in range(120)]


@cache
def best(i, cap):
    if i == len(W):
        return 0
    skip = best(i + 1, cap)
    if W[i] <= cap:
        take = V[i] + best(i + 1, cap - W[i])
        if take > skip:
            return take
    return skip


@lru_cache(maxsize=None)
def parts(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return parts(n - k, k) + parts(n, k - 1)


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
sys.setrecursionlimit(10000)
t = 0
for r in range(rounds):
    best.cache_clear()
    parts.cache_clear()
    t += best(0, 400 + r) + parts(250 + r, 250 + r) % 1000003
print(t, best.cache_info(), parts.cache_info())
