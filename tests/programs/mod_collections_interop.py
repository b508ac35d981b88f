# Builtins and formatting applied to deque, Counter, OrderedDict, defaultdict and itertools objects.
from collections import deque, Counter, OrderedDict, defaultdict
import itertools
d = deque(["b", "a", "c"])
print(",".join(d), "".join(itertools.chain("ab", "cd")), sum(deque([1, 2])), min(d), max(d), sorted(d))
print(list(d), tuple(d), sorted(set(d)), any(d), all(deque([1, 0])), list(enumerate(d)), list(zip(d, d)))
c = Counter("aab")
print(dict(c), list(c), sorted(c), set(c) == {"a", "b"}, "a" in c, tuple(c.items()))
print("%s and %r" % (d, c), "{} {}".format(d, c), f"{d!r} {c}", str(d), repr(c))
od = OrderedDict(x=1)
dd = defaultdict(int, y=2)
print(dict(od), dict(dd), list(od.items()), len(dd), bool(OrderedDict()))
x = {}
x.update(c)
x.update(od)
print(x, isinstance(c, dict), isinstance(d, list))
print(list(itertools.chain(d, c, od, dd)), max(c))
for i, v in enumerate(itertools.count(5)):
    if i > 2:
        break
    print(i, v)
print(sum(itertools.repeat(1, 4)))
import bisect, heapq, copy, functools, operator, collections
print(bisect.bisect, bisect.insort, bisect.bisect is bisect.bisect_right, heapq.heappush, functools.reduce)
print(functools.partial, operator.itemgetter, operator.add, itertools.chain, collections.deque, collections.Counter)
print(type(collections.deque).__name__, type(operator.add).__name__)
print(collections.OrderedDict, collections.defaultdict, itertools.tee, itertools.count)
