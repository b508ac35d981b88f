# Edit distance between two strs, memoised on indexes (i, j) into them.
from functools import cache
import sys

A = "".join(chr(97 + (i * i + 3 * i) % 26) for i in range(300))
B = "".join(chr(97 + (i * 5 + 7) % 26) for i in range(280))


@cache
def dist(i, j):
    if i == len(A):
        return len(B) - j
    if j == len(B):
        return len(A) - i
    if A[i] == B[j]:
        return dist(i + 1, j + 1)
    return 1 + min(dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1))


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 12
sys.setrecursionlimit(10000)
t = 0
for r in range(rounds):
    dist.cache_clear()
    t += dist(0, 0)
print(t, dist.cache_info())
