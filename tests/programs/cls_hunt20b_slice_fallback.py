# Slicing a container that has no slices indexes it with the slice object, as CPython
# does: a deque's own TypeError, a dict's unhashable slice; user __getitem__ gets the slice.
from collections import deque, Counter, OrderedDict, defaultdict


class Seq:
    def __getitem__(self, k):
        return ("got", k)


s = Seq()
print(s[1:2], s[::-1], s[:], s[-3:-1:2])
for obj in [deque([1, 2, 3]), Counter("ab"), OrderedDict(a=1), defaultdict(int), {1: 2}, {1}, 5, None]:
    try:
        print(obj[0:1])
    except (TypeError, KeyError) as e:
        print(type(obj).__name__, type(e).__name__, e)


def tail(q):
    return q[1:]


try:
    tail(deque("abc"))
except TypeError as e:
    print("TypeError:", e)
print(tail("abc"), tail([1, 2]), tail((3, 4)), tail(range(3)))
d = deque(range(5))
print(d[1], d[-1], list(d)[1:3])
d[1:2]
