# collections.UserDict: direct use and subclasses (__missing__, overridden __setitem__,
# self.data), the MutableMapping mixins, |, copy, fromkeys, ==, isinstance.
import collections
import collections.abc
import copy
from collections import UserDict


d = UserDict({"a": 1}, b=2)
print(d, repr(d), len(d), d["a"], "a" in d, "z" in d, d.get("z"), d.get("z", 0))
print(type(d), type(d).__name__, UserDict.__module__, d.data, type(d.data))
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d == {"a": 1, "b": 2}, d == UserDict(a=1, b=2), d != {"a": 1}, {"a": 1, "b": 2} == d)
print(UserDict(), UserDict({}), len(UserDict()), bool(UserDict()), bool(d))
print(UserDict([("x", 1), ("y", 2)]), UserDict(UserDict(q=5)), UserDict(dict=3))
d["c"] = 3
del d["a"]
print(d, d.pop("b"), d.pop("nope", "dflt"), d.setdefault("k", []), d)
d.update({"u": 1}, v=2)
d.update([("w", 3)])
print(d, sorted(d), d.popitem(), d)
d.clear()
print(d, len(d))

# errors, with their messages
for f in (lambda: UserDict()["missing"], lambda: UserDict().pop("x"), lambda: UserDict().popitem()):
    try:
        f()
    except KeyError as e:
        print("KeyError", e, e.args)
try:
    del UserDict(a=1)["b"]
except KeyError as e:
    print("KeyError", e)
try:
    UserDict(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    UserDict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    hash(UserDict())
except TypeError as e:
    print("TypeError", e)

# | and |=
a = UserDict(x=1, y=2)
print(a | {"y": 20, "z": 3}, {"w": 0, "x": 9} | a, a | UserDict(q=1), type(a | {}), type({} | a))
a |= {"y": 200}
a |= UserDict(n=1)
a |= [("pair", 1)]
print(a)
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)

# copy, fromkeys
b = a.copy()
b["new"] = 1
print(a, b, type(b), copy.copy(a) == a, copy.copy(a) is a, copy.deepcopy(UserDict(l=[1])))
print(UserDict.fromkeys("abc"), UserDict.fromkeys([1, 2], 0))

# unicode keys, non-string keys
u = UserDict({"héllo": "wörld", 1: "one", (2, 3): None})
print(u, u["héllo"], u[(2, 3)])


# subclasses
class Registry(UserDict):
    """Keys normalised on the way in."""

    def __setitem__(self, key, value):
        print("  set", key)
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        if key.lower() != key:
            return self[key.lower()]
        raise KeyError(f"no {key!r}")


r = Registry({"Alpha": 1}, BETA=2)
print(r, r["ALPHA"], "ALPHA" in r, r.get("Beta"), r.get("gamma", "none"))
r.update(Gamma=3)
r.setdefault("DELTA", 4)
print(r, r.data)
c = r.copy()
print(type(c).__name__, c, c is r, c.data is r.data)
print(Registry.fromkeys(["X", "Y"], 0))
print(type(r | {"Z": 1}).__name__, r | {"Z": 1})
try:
    r["nothing"]
except KeyError as e:
    print("KeyError", e)


class Counting(collections.UserDict):
    def __init__(self, *args, **kwargs):
        self.writes = 0
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.writes += 1
        self.data[key] = value


cn = Counting(a=1, b=2)
cn["c"] = 3
cc = cn.copy()
print(cn, cn.writes, cc, cc.writes, type(cc).__name__)
print(copy.copy(cn).writes, copy.copy(cn).data is cn.data)


class Default(UserDict):
    def __missing__(self, key):
        self[key] = v = len(self)
        return v


dd = Default()
print(dd["a"], dd["b"], dd["a"], dd, "c" in dd, dd.get("c"), dd)

print(isinstance(d, collections.abc.MutableMapping), isinstance(d, collections.abc.Mapping),
      isinstance(d, dict), issubclass(Registry, UserDict), issubclass(Registry, collections.abc.Mapping),
      isinstance(r, collections.UserDict))
print(Registry.__mro__[1] is UserDict, [k.__name__ for k in Registry.__mro__])

UserDict(a=1)["b"]
