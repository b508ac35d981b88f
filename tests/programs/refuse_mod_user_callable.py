# A function defined with def cannot be passed as a value to the stdlib yet: refused.
from collections import defaultdict


def make():
    return [0]


d = defaultdict(make)
print(d["x"])
