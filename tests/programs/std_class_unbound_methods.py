from collections import Counter, OrderedDict, deque, defaultdict, ChainMap
from functools import partial
f = Counter.most_common
print(f(Counter("aab"), 1), f.__name__, f.__qualname__)
g = getattr(deque, "appendleft")
d = deque([2])
g(d, 1)
print(d, list(map(Counter.total, [Counter("ab"), Counter("zzz")])))
print(hasattr(Counter, "most_common"), hasattr(deque, "appendleft"), hasattr(OrderedDict, "move_to_end"), hasattr(deque, "nope"))
print(hasattr(Counter, "total"), hasattr(defaultdict, "__missing__"), hasattr(ChainMap, "new_child"), hasattr(partial, "func"))
print(callable(getattr(deque, "rotate", None)), getattr(Counter, "zzz", "dflt"))
for call in [lambda: deque.popleft(), lambda: Counter.elements(), lambda: OrderedDict.move_to_end(OrderedDict(a=1, b=2), "a")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
od = OrderedDict(a=1, b=2)
OrderedDict.move_to_end(od, "a")
print(od, sorted(map(deque.pop, [deque([1, 2]), deque([3])])))
try:
    deque.nope
except AttributeError as e:
    print("AttributeError:", e)
