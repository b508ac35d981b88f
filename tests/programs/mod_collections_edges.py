# Edge cases: deepcopy through a deque cycle, mixed dict-subclass equality, Counter signs, iterator sharing.
import copy
from collections import deque, Counter, OrderedDict, defaultdict
import itertools
l = [1]
d = deque([l])
l.append(d)
c = copy.deepcopy(l)
print(c, c[1][0] is c)
print(Counter(a=1) == OrderedDict(a=1), OrderedDict(a=1) == Counter(a=1), defaultdict(int, a=1) == Counter(a=1))
od = OrderedDict(a=1, b=2)
print(od == OrderedDict(b=2, a=1), od != OrderedDict(b=2, a=1))
print(list(od.values()), "a" in od.keys(), len(od.items()))
cc = Counter(a=-2, b=0, c=3)
print(+cc, -cc, cc + Counter(), cc - Counter(), cc | Counter(), cc & Counter(c=1))
for k in Counter("aab"):
    print(k, end="")
print()
dq = deque([1, 2, 3])
print(dq.index(2, -2), dq.index(3, 0, 3), dq.count(5), list(reversed(dq)), dq == deque((1, 2, 3)))
try:
    dq.index(1, 1)
except ValueError as e:
    print(e)
x = itertools.chain("ab", "cd")
print(list(itertools.zip_longest(x, "123456", fillvalue="?")))
it = itertools.count(3)
print(list(zip(it, "abc")), list(itertools.islice(it, 2)))
s = Counter({"x": 3, "y": 3, "z": 1})
print(s.most_common(2), s.most_common(1), list(s.elements()))
s.clear()
print(s, bool(s), len(s))
t = defaultdict(int)
t["a"] += 1
t["b"]
print(t, t.pop("b"), t)
e = OrderedDict([("k", 1)])
print(e.setdefault("j", 2), e)
print(sorted(itertools.chain.from_iterable([[3, 1], [2]])), sum(itertools.repeat(2, 5)))
print(list(itertools.starmap(divmod, [(7, 2), (9, 4)])), list(itertools.accumulate([2, 3, 2], pow)))
