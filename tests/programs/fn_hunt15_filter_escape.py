# filter(pred, it) returned from the function that made it (the iterator owns its
# predicate), and a predicate expression evaluated once, before the iterable.
import itertools


def partition(pred, iterable):
    t1, t2 = itertools.tee(iterable)
    return itertools.filterfalse(pred, t1), filter(pred, t2)


def keep(pred, xs):
    return filter(pred, xs)


calls = []


def make_pred(limit):
    calls.append(("make", limit))
    return lambda x: x < limit


def source():
    calls.append("source")
    return [5, 1, 8, 3, 9, 2]


odd, even = partition(lambda x: x % 2 == 0, range(10))
print(list(odd), list(even))
print(list(keep(str.isdigit, "a1b22c")), list(keep(None, [0, 1, "", "x", None])))
print(list(filter(make_pred(5), source())), calls)
small = keep(make_pred(3), [1, 2, 3, 4])
print(calls[-1], list(small))
