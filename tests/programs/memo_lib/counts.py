# A module with memoised functions, used by fn_memo_edge.py.
import functools


@functools.lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


@functools.cache
def label(n):
    return "#" + str(n)
