import itertools, math, os, sys, time
import os.path
try:
    itertools.batched
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(list(itertools.batched("abcde", 2)))
except AttributeError as e:
    print("AttributeError:", e)
try:
    from itertools import batched
except ImportError as e:
    print("ImportError:", e)

    def batched(xs, n):
        xs = list(xs)
        return [tuple(xs[i:i + n]) for i in range(0, len(xs), n)]
print(batched("abcde", 2))
try:
    from itertools import chain, batched as b2, islice
except ImportError as e:
    print("ImportError:", e, e.name)
print(chain)
for f in [lambda: math.foo, lambda: os.path.nothing, lambda: sys.ps1, lambda: time.clock]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
def g():
    return math.sumprod([1], [2])
try:
    g()
except AttributeError as e:
    print("AttributeError:", e)
print(math.cbrt(27.0))
from collections import Counter
for args, kw in [(("abc",), {}), (("ab", 1), {}), ((), {}), ((1, 2, 3), {}), ((), {"iterable": "x", "v": 2}), (("a",), {"iterable": 1}), ((), {"w": 1})]:
    try:
        Counter.fromkeys(*args, **kw)
    except (NotImplementedError, TypeError) as e:
        print(type(e).__name__, e)
print(list(itertools.batched(range(5), 2)))
