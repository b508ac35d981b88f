# User mappings on collections.abc: MutableMapping's five abstract methods give get, pop,
# popitem, setdefault, update, clear, the keys/items/values views, __contains__ and
# __eq__; Mapping is the read-only form. Calls into the class are printed in order.
from collections.abc import Mapping, MutableMapping
import collections.abc


class Registry(MutableMapping):
    def __init__(self, **kw):
        self._d = {}
        self.update(kw)

    def __getitem__(self, k):
        print("  get", repr(k))
        return self._d[k]

    def __setitem__(self, k, v):
        print("  set", repr(k), v)
        self._d[k] = v

    def __delitem__(self, k):
        print("  del", repr(k))
        del self._d[k]

    def __iter__(self):
        print("  iter")
        return iter(self._d)

    def __len__(self):
        print("  len")
        return len(self._d)


r = Registry(a=1)
print("update dict")
r.update({"b": 2, "ключ": 3})
print("update pairs and kw")
r.update([("c", 4)], d=5)
print("update mapping")
r.update(Registry(z=26))
print("get", r.get("a"), r.get("nope"), r.get("nope", -1))
print("contains", "b" in r, "nope" in r)
print("setdefault", r.setdefault("a", 100), r.setdefault("e", 6), r.setdefault("f"))
print("pop", r.pop("e"), r.pop("nope", "dflt"))
try:
    r.pop("nope")
except KeyError as e:
    print("KeyError", repr(e))
print("keys", list(r.keys()))
print("values", list(r.values()))
print("items", list(r.items()))
ks = r.keys()
print(type(ks).__name__, len(ks), "a" in ks, isinstance(ks, collections.abc.KeysView))
print(("a", 1) in r.items(), ("a", 2) in r.items(), ("zz", 1) in r.items(), 26 in r.values())
print(ks & {"a", "q"}, sorted(ks | {"q"}), sorted(ks - {"a"}))
print(repr(ks)[:18], repr(r.values())[:20])
print("eq dict", r == dict(r), dict(r) == r, r != {"a": 1}, r == [1])
print("popitem", r.popitem())
print("clear")
r.clear()
try:
    r.popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(len(r), list(r), dict(r))
print(Registry.__hash__, isinstance(r, collections.abc.Hashable))
try:
    hash(r)
except TypeError as e:
    print("TypeError", e)
print(isinstance(r, Mapping), isinstance(r, MutableMapping), isinstance(r, dict))


class Frozen(Mapping):
    def __init__(self, pairs):
        self._p = list(pairs)

    def __getitem__(self, k):
        for key, v in self._p:
            if key == k:
                return v
        raise KeyError(k)

    def __iter__(self):
        return (k for k, _ in self._p)

    def __len__(self):
        return len(self._p)


f = Frozen([("x", 1), ("ÿ", 2)])
print(dict(f), f == {"ÿ": 2, "x": 1}, f == Frozen([("x", 1)]), f.get("x"), "ÿ" in f)
print(isinstance(f, MutableMapping), hasattr(f, "pop"), f.__reversed__)
try:
    reversed(f)
except TypeError as e:
    print("TypeError", e)
try:
    f["q"]
except KeyError as e:
    print("KeyError", e)
e = Frozen([])
print(dict(e), e == {}, list(e.items()), e.get(1))
print(Registry.__mro__)


class Half(MutableMapping):
    def __getitem__(self, k):
        return k


try:
    Half()
except TypeError as e:
    print(e)
