# iter(x).__next__ of builtin iterators as values and calls (the itertools roundrobin recipe).
from itertools import cycle, islice


def roundrobin(*iterables):
    nexts = cycle(iter(it).__next__ for it in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


print(list(roundrobin("ABC", "D", "EF")), list(roundrobin([1, 2], (3,), range(4, 6))))
it = iter([10, 20])
print(it.__next__(), next(it), it.__iter__() is it)
s = iter("xy")
f = s.__next__
print(f(), f())
try:
    f()
except StopIteration:
    print("StopIteration")
d = iter({"k": 1}.items())
print(d.__next__())
