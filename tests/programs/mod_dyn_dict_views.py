# Dict views of dicts that became dynamic (passed to collections) compare with and combine with sets.
from collections import Counter, OrderedDict
d = {"a": 1, "b": 2, "c": 3}
c = Counter(d)
e = {"b": 1, "z": 2}
Counter(e)
print(d.keys() == {"a", "b", "c"}, d.keys() == {"a"}, {"c", "b", "a"} == d.keys(), d.keys() == frozenset("abc"))
print(d.items() == {("a", 1), ("b", 2), ("c", 3)}, d.items() == {("a", 1)}, d.keys() == e.keys(), d.keys() != {"a"})
print(d.keys() & {"a", "z"}, d.keys() | {"q"}, d.keys() - {"a"}, d.keys() ^ {"a", "q"}, {"a", "z"} & d.keys())
print({"q", "a"} - d.keys(), ["b", "x"] | d.keys() if False else d.keys() & ["b", "x"], d.keys() & e.keys(), d.keys() - e.keys())
od = OrderedDict(a=1, b=2)
print(od.keys() == {"a", "b"}, od.items() == {("a", 1), ("b", 2)}, od.keys() & {"a"}, od.keys() | {"z"})
