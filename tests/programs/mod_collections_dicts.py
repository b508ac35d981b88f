# collections.defaultdict and OrderedDict: factories, __missing__, repr, order-sensitive
# equality, move_to_end, popitem(last=), the | operator and the dict interop.
from collections import defaultdict, OrderedDict, Counter, deque

g = defaultdict(list)
for word in ["apple", "bob", "avocado", "banana", "cherry"]:
    g[word[0]].append(word)
print(g)
print(g["z"], g, len(g), "q" in g, g.get("q"))
n = defaultdict(int)
for ch in "mississippi":
    n[ch] += 1
print(n, dict(n), sorted(n.items()))
s = defaultdict(set)
s["a"].add(1)
s["a"].add(1)
s["b"].add(2)
print(s)
for d in [defaultdict(str), defaultdict(float), defaultdict(tuple), defaultdict(dict),
          defaultdict(bool), defaultdict(frozenset)]:
    print(repr(d["k"]), d)
nd = defaultdict(None, {"a": 1})
print(nd, nd.default_factory)
print(g.default_factory, n.default_factory)
dq = defaultdict(deque)
dq["x"].append(1)
dq["x"].appendleft(0)
print(dq)
cnt = defaultdict(Counter)
cnt["a"]["b"] += 1
print(cnt)
d2 = defaultdict(list, {"k": [1]}, extra=[2])
d3 = d2.copy()
d3["k"].append(9)
d3["new"].append(0)
print(d2, d3)
print(defaultdict(int, a=1) | {"b": 2}, {"b": 2} | defaultdict(int, a=1))
m = defaultdict(list)
m |= {"z": [1]}
print(m, isinstance(m, dict), type(m).__name__)
m["c"].append(5)
print(m)

o = OrderedDict()
o["b"] = 1
o["a"] = 2
o["c"] = 3
print(o, list(o), o.keys(), o.values(), o.items())
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
o.move_to_end("a", False)
print(o)
print(o.popitem(), o)
print(o.popitem(last=False), o)
o2 = OrderedDict([("x", 1), ("y", 2)])
o3 = OrderedDict([("y", 2), ("x", 1)])
print(o2 == o3, o2 == dict(o3), dict(o3) == o2, o2 == OrderedDict(x=1, y=2))
print(OrderedDict(), OrderedDict(a=1), repr(OrderedDict({"k": [1, 2]})))
print(o2 | {"z": 0}, {"z": 0} | o2)
cp = o2.copy()
cp["w"] = 5
print(o2, cp, type(cp).__name__)
o2.update({"y": 20, "n": 1})
o2.update(q=3)
print(o2, o2.get("n"), o2.pop("n"), o2.setdefault("s", 4), o2)
del o2["x"]
o2["x"] = 9
print(o2, list(reversed(o2)), len(o2))

for i in range(9):
    try:
        if i == 0:
            defaultdict(5)
        elif i == 1:
            print(defaultdict(None)["x"])
        elif i == 2:
            print(hash(defaultdict()))
        elif i == 3:
            OrderedDict().popitem()
        elif i == 4:
            OrderedDict().move_to_end("x")
        elif i == 5:
            print(OrderedDict(a=1)["x"])
        elif i == 6:
            print(defaultdict(int) | 5)
        elif i == 7:
            OrderedDict(1, 2)
        elif i == 8:
            defaultdict(list).foo
    except Exception as e:
        print(i, type(e).__name__, e)
