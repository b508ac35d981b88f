"""LRU cache class on OrderedDict with the container protocol."""
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self._data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def __getitem__(self, key):
        try:
            value = self._data[key]
        except KeyError:
            self.misses += 1
            raise KeyError(key) from None
        self.hits += 1
        self._data.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        while len(self._data) > self.capacity:
            old, _ = self._data.popitem(last=False)
            self.evictions += 1
            print(f"  evict {old!r}")

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(reversed(self._data))

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} rate={rate:.2%}"


def memoize(cache):
    def deco(fn):
        def wrapper(*args):
            if args in cache:
                return cache[args]
            r = fn(*args)
            cache[args] = r
            return r
        wrapper.cache = cache
        return wrapper
    return deco


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c, len(c), list(c))
print(c["a"], "b" in c, "z" in c)
c["d"] = 4
print(list(c), c.get("b"), c.get("b", -1), c.get("c"))
c["a"] = 10
c["e"] = 5
print(c)
del c["a"]
print(list(c), len(c), bool(c))
try:
    c["zzz"]
except KeyError as e:
    print("KeyError", e, repr(e), e.__suppress_context__)
print(c.stats())

fibcache = LRUCache(50)


@memoize(fibcache)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fibcache), fibcache.stats())
print(list(fibcache)[:5], (79,) in fibcache, (5,) in fibcache)
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = LRUCache(4)
for w in words:
    wc[w] = wc.get(w, 0) + 1
print(wc, sorted(wc, key=lambda k: (-wc._data[k], k)))
try:
    LRUCache(0)
except ValueError as e:
    print(e)
for k in c:
    del c[k]
