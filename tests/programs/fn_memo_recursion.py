# The cache wrapper counts toward the recursion limit like CPython's (each cached call
# is two levels: the wrapper's tp_call and the function's frame).
import sys
from functools import cache


@cache
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


def plain(n):
    return 0 if n == 0 else plain(n - 1) + 1


for d in (100, 490, 497, 498, 499, 500):
    depth.cache_clear()
    try:
        print(d, depth(d))
    except RecursionError as e:
        print(d, "RecursionError", e, depth.cache_info())


def via(n):
    return depth(n)


for d in (497, 498, 499):
    depth.cache_clear()
    try:
        print(d, via(d))
    except RecursionError as e:
        print(d, "RecursionError", e, depth.cache_info())

# With the cache warm, deeper calls only recurse past the cached part.
depth.cache_clear()
total = 0
for d in range(0, 3000, 300):
    total += depth(d)
print(total, depth.cache_info())

sys.setrecursionlimit(20000)
depth.cache_clear()
print(depth(9000), depth.cache_info())
depth.cache_clear()
print(depth(12000))
