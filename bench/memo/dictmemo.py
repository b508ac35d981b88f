# Hand-written dict memos: fib-style ways to climb stairs and tribonacci mod p.
import sys

sys.setrecursionlimit(10000)
memo = {}


def ways(n):
    if n in memo:
        return memo[n]
    if n <= 1:
        r = 1
    else:
        r = (ways(n - 1) + ways(n - 2) + ways(n - 3)) % 1000000007
    memo[n] = r
    return r


def trib(n, m):
    if n < 3:
        return n
    if n in m:
        return m[n]
    r = (trib(n - 1, m) + trib(n - 2, m) + trib(n - 3, m)) % 998244353
    m[n] = r
    return r


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 600
t = 0
for r in range(rounds):
    memo.clear()
    t = (t + ways(2000 + r)) % 1000000007
    t = (t + trib(2000 + r, {})) % 1000000007
print(t, len(memo))
