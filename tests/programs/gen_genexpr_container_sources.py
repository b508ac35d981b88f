# Generator expressions over dicts, sets, dict views and deques: the iterator is made
# when the generator expression is (it notices a later change of size), items typed.
d = {"a": 3, "b": 0, "c": 5}
s = {4, 1, 9}
print(sum(v for v in d.values()), max(k for k in d), sorted(k for k, v in d.items() if v))
print(any(x > 5 for x in s), list(x * 2 for x in sorted(s)), sum(x for x in s))
g = (k for k in d)
print(next(g), list(g))
try:
    print(list(d.setdefault(k + "x", 1) for k in d))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(sum(s.add(x + 100) or x for x in s))
except RuntimeError as e:
    print("RuntimeError:", e)
fs = frozenset([2, 3])
print(sorted(x for x in fs), tuple(k for k in d.keys()))
from collections import deque
q = deque([1, 2])
print(sum(x for x in q))
try:
    print(list(q.append(x) for x in q))
except RuntimeError as e:
    print("RuntimeError:", e)
e = {}
print(list(k for k in e), max((v for v in e.values()), default=-1))
it = (v for v in d.values())
d["z"] = 1
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError:", ex)
