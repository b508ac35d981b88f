# Subclassing collections types (and builtin types other than list, dict, set, str, int,
# float, tuple) is refused at compile time, naming the base.
from collections import Counter, defaultdict
import collections


class Tally(Counter):
    def top(self):
        return self.most_common(1)


class Groups(defaultdict):
    pass


class Queue(collections.deque):
    pass


class Frozen(frozenset):
    pass


print(Tally("abca").top())
