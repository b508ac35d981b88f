# User functions and lambdas passed as values to the stdlib.
from collections import defaultdict
from functools import reduce
import itertools


def make():
    return [0]


d = defaultdict(make)
d["x"].append(1)
print(d["x"], dict(d))
print(reduce(lambda a, b: a * b, range(1, 8)))
print(list(itertools.starmap(lambda a, b: a - b, [(5, 2), (9, 9), (-1, 4)])))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])))
groups = itertools.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0])
print([(k, list(g)) for k, g in groups])
