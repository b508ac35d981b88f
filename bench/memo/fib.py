# @cache fib(900) from an empty cache, 2000 times: big-int results (the loop of issue 4).
from functools import cache
import sys
sys.setrecursionlimit(5000)

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
t = 0
for i in range(N):
    fib.cache_clear()
    t += fib(900) % 1000
print(t, fib.cache_info())
