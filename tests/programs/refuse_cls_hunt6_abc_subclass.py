# Subclassing a collections.abc class needs its mixin methods (MutableMapping.update,
# setdefault, ...), which molt does not implement: refused at compile time.
from collections.abc import MutableMapping


class Bag(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


b = Bag()
b.update(x=1)
print(dict(b))
