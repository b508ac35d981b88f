# Subclassing typing's alias of a collections ABC gives the ABC's mixin methods (get,
# items) and typing.Generic in the MRO.
import typing


class Store(typing.MutableMapping):
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


s = Store()
s["a"] = 1
print(s.get("a"), list(s.items()))
print(Store.__mro__)
