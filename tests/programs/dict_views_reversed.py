# reversed() of dict views (3.8+), typed and dynamic (a Counter's and a defaultdict's views
# are dynamic values): keys, values and items from last to first; the dict changing size
# meanwhile is a RuntimeError.
from collections import Counter, OrderedDict, defaultdict

d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
for k, v in reversed(d.items()):
    print(k, v)
c = Counter("abracadabra")
print(list(reversed(c.keys())), list(reversed(c.values())), list(reversed(c.items())))
dd = defaultdict(list)
dd["x"].append(1)
dd["y"].append(2)
print(list(reversed(dd.items())), next(reversed(dd.values())))
od = OrderedDict(d)
print(list(reversed(od.items())), list(reversed(od.values())))
views = [c.keys(), c.values(), c.items()]
print([type(reversed(v)).__name__ for v in views])
it = reversed(c.items())
print(next(it))
c["z"] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
