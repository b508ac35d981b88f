# int.bit_count, float.hex, and type() identity of the collections types.
from collections import OrderedDict, Counter, deque, defaultdict, ChainMap
import collections

for n in [0, 1, 7, 255, 1024, -5, 2**70 - 1, -(2**100)]:
    print(n, n.bit_count(), n.bit_length(), bin(n).count("1"))
vals = [1.5, -2.0, 0.1, 0.0, -0.0, 1e300, 5e-324, 2.2250738585072014e-308, 1 / 3, float("inf"), float("-inf"), float("nan")]
for x in vals:
    print(repr(x), x.hex(), float.hex(x))
total = 0
for x in [3, 10, 77]:
    total += x.bit_count()
print("total bits", total)
pairs = [(OrderedDict(), OrderedDict), (Counter(), Counter), (deque(), deque), (defaultdict(int), defaultdict), (ChainMap(), ChainMap)]
for v, c in pairs:
    print(type(v), type(v) is c, v.__class__ is c, type(v) == c, isinstance(v, c), type(v).__name__)
print(type(Counter("ab")) is collections.Counter, type(OrderedDict()) is not dict)
