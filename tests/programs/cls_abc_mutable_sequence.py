# A user MutableSequence (collections.abc) implementing __getitem__, __setitem__,
# __delitem__, __len__ and insert gets append, extend, pop, remove, reverse, clear and +=
# from the ABC; the calls they make into the class are printed in order.
from collections.abc import MutableSequence, Sequence


class Track(MutableSequence):
    def __init__(self, items=()):
        self._xs = list(items)

    def __getitem__(self, i):
        print("  get", i)
        return self._xs[i]

    def __setitem__(self, i, v):
        print("  set", i, v)
        self._xs[i] = v

    def __delitem__(self, i):
        print("  del", i)
        del self._xs[i]

    def __len__(self):
        return len(self._xs)

    def insert(self, i, v):
        print("  insert", i, v)
        self._xs.insert(i, v)

    def __repr__(self):
        return f"Track({self._xs!r})"


t = Track(["a"])
print("append")
t.append("b")
print("extend")
t.extend(["c", "d"])
print("extend self")
t.extend(t)
print(t)
print("pop", t.pop())
print("pop 0", t.pop(0))
print("pop -2", t.pop(-2))
print("remove")
t.remove("c")
print(t)
try:
    t.remove("zz")
except ValueError as e:
    print("ValueError", repr(e))
print("reverse")
t.reverse()
print(t)
print("iadd")
u = t
t += ("x", "ÿ")
print(t, u is t)
print("clear")
t.clear()
print(t, len(t))
try:
    t.pop()
except IndexError as e:
    print("IndexError", e)
print(isinstance(t, MutableSequence), isinstance(t, Sequence), issubclass(Track, Sequence))
print(Track.__mro__)


class NoInsert(MutableSequence):
    def __getitem__(self, i):
        return i

    def __setitem__(self, i, v):
        pass

    def __delitem__(self, i):
        pass

    def __len__(self):
        return 0


try:
    NoInsert()
except TypeError as e:
    print(e)
