# functools.lru_cache / cache on methods bind like functions; the cache is keyed on (self, args).
from functools import lru_cache, cache, wraps

class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @lru_cache()
    def paths(self, x, y):
        if x == 0 or y == 0:
            return 1
        return self.paths(x - 1, y) + self.paths(x, y - 1)

    @cache
    def cells(self):
        return self.w * self.h

    @staticmethod
    @lru_cache(maxsize=2)
    def sq(n):
        return n * n

    @classmethod
    @cache
    def make(cls, n):
        return cls(n, n)

g = Grid(3, 3)
print(g.paths(10, 10))
print(Grid.paths.cache_info())
print(g.cells(), g.cells())
print(Grid.cells.cache_info())
print(Grid.sq(3), Grid.sq(3), g.sq(4))
print(Grid.sq.cache_info())
m = Grid.make(2)
print(m.w, Grid.make(2) is m)
print(Grid.paths.__name__, Grid.paths.__wrapped__.__name__)
bound = g.paths
print(bound(2, 2))
print(Grid.paths(g, 2, 2))
try:
    g.paths(1)
except TypeError as e:
    print(e)
class Unh:
    __hash__ = None
    @cache
    def f(self):
        return 1
try:
    Unh().f()
except TypeError as e:
    print(e)
