# functools.cached_property: computed once per instance, stored in __dict__, shadowing the
# descriptor; deletable to recompute; the descriptor itself through the class.
from functools import cached_property
import functools


class Dataset:
    def __init__(self, values):
        self.values = list(values)
        self.computations = 0

    @cached_property
    def stats(self):
        """Summary statistics."""
        self.computations += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "max": max(self.values)}

    @functools.cached_property
    def sorted_values(self):
        self.computations += 1
        return sorted(self.values)

    total = cached_property(lambda self: sum(self.values))


d = Dataset([3, 1, 4, 1, 5])
print(d.stats, d.stats["mean"], d.computations)
print(d.sorted_values, d.sorted_values is d.sorted_values, d.computations)
print(sorted(vars(d)), d.total)
d.values.append(100)
print(d.stats["max"], d.total)
del d.stats
print(d.stats["max"], d.computations)
d.stats = "overridden"
print(d.stats)
cp = Dataset.__dict__["stats"] if hasattr(Dataset, "__dict__") else None
print(type(Dataset.stats).__name__, Dataset.stats.attrname, Dataset.stats.__doc__, Dataset.total.attrname)
print(Dataset.sorted_values.func.__name__)
e = Dataset([2])
print(e.stats, e.computations, d.computations)


class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1

    @cached_property
    def double(self):
        return self.x * 2


try:
    Slotted().double
except TypeError as err:
    print("TypeError:", err)
