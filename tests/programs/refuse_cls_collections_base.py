# Subclassing builtin types other than list, dict, set, str, int, float, tuple and the
# collections types Counter, defaultdict, OrderedDict, deque is refused at compile time,
# naming the base.
import collections


class Chain(collections.ChainMap):
    pass


class Frozen(frozenset):
    pass


print(Frozen([1]))
