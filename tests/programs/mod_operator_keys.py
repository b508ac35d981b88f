# Stdlib callables (operator.itemgetter & co., functools.partial) as key= of sorted/min/max
# and list.sort, and as the function of map().
import operator
import functools
from collections import Counter, defaultdict

scores = {"ann": 3, "bob": 1, "cid": 3, "dan": 2}
print(sorted(scores.items(), key=operator.itemgetter(1)))
print(sorted(scores.items(), key=operator.itemgetter(1), reverse=True))
print(max(scores.items(), key=operator.itemgetter(1)), min(scores.items(), key=operator.itemgetter(1)))
rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.25)]
rows.sort(key=operator.itemgetter(1, 0))
print(rows)
by_last = operator.itemgetter(-1)
print(sorted(rows, key=by_last), max(rows, key=by_last))
print(sorted(["b", "A", "c"], key=operator.methodcaller("lower")), max([3, -7, 5], key=operator.abs))
text = "the cat and the hat and the bat"
c = Counter(text.split())
print(sorted(c.items(), key=operator.itemgetter(1, 0), reverse=True))
print(list(map(operator.itemgetter(0), sorted(c.items()))))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])), list(map(operator.mul, "ab", [3, 2])))
print(list(map(functools.partial(pow, 2), range(6))), list(map(operator.attrgetter("real"), [1, 2.5])))
groups = defaultdict(list)
for name, n in sorted(scores.items(), key=operator.itemgetter(0)):
    groups[n].append(name)
print(sorted(groups.items(), key=operator.itemgetter(0)))
try:
    print(sorted([(1,), (2,)], key=operator.itemgetter(3)))
except IndexError as e:
    print("IndexError", e)
