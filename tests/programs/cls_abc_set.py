# User sets on collections.abc: Set's __contains__/__iter__/__len__ give the comparisons,
# & | - ^ (with builtin sets on either side), isdisjoint and _from_iterable; MutableSet's
# add/discard give remove, pop, clear and the in-place operators.
import collections.abc
from collections.abc import MutableSet, Set


class Bits(Set):
    def __init__(self, it=()):
        self._xs = []
        for x in it:
            if x not in self._xs:
                self._xs.append(x)

    def __contains__(self, x):
        return x in self._xs

    def __iter__(self):
        return iter(self._xs)

    def __len__(self):
        return len(self._xs)

    def __repr__(self):
        return f"Bits({self._xs!r})"


a = Bits([1, 2, 3])
b = Bits([3, 4])
print(a & b, a | b, a - b, a ^ b)
print(a & {2, 3, 9}, a | {5}, a - {1}, a ^ {1, 7})
print({2, 3, 9} & a, {5} | a, {1, 2, 8} - a, {1, 7} ^ a)
print(type({2} & a).__name__, type(a & [2]).__name__)
print(a & [3, 3, 1], a | "xy")
print(a == Bits([3, 2, 1]), a == {1, 2, 3}, {1, 2, 3} == a, a != frozenset([1]), a == [1, 2, 3])
print(a <= {1, 2, 3, 4}, a < {1, 2, 3}, a >= Bits([1]), a > Bits([1, 2, 3]), {1} < a, {1, 2, 3, 4} > a)
print(a.isdisjoint([7, 8]), a.isdisjoint(b), Bits().isdisjoint(a))
print(Bits() == set(), Bits() <= a, list(Bits() | Bits()))
try:
    a | 5
except TypeError as e:
    print("TypeError", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError", e)
print(Bits.__hash__, isinstance(a, collections.abc.Hashable), isinstance(a, Set))
print(Bits([1, 2])._hash() == hash(frozenset([1, 2])), Bits()._hash() == hash(frozenset()))


class HBits(Bits):
    __hash__ = Set._hash


print(hash(HBits([1, "é"])) == hash(frozenset([1, "é"])), len({HBits([1]), HBits([1])}))


class Tags(MutableSet):
    def __init__(self, it=()):
        self._d = {}
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self._d

    def __iter__(self):
        return iter(list(self._d))

    def __len__(self):
        return len(self._d)

    def add(self, x):
        print("  add", x)
        self._d[x] = None

    def discard(self, x):
        print("  discard", x)
        self._d.pop(x, None)

    def __repr__(self):
        return f"Tags({list(self._d)!r})"


t = Tags(["x", "y"])
print("remove")
t.remove("x")
try:
    t.remove("q")
except KeyError as e:
    print("KeyError", e)
print("ior")
t |= ["p", "q"]
print("iand")
t &= {"p", "y", "z"}
print(t)
print("ixor")
t ^= ["y", "n"]
print(t)
print("isub")
t -= ["n"]
print(t)
print("ixor self")
t ^= t
print(t)
t |= "ab"
print("pop", t.pop())
print("clear")
t.clear()
try:
    t.pop()
except KeyError as e:
    print("KeyError", repr(e))
t2 = Tags("ab")
print("isub self")
t2 -= t2
print(t2, isinstance(t2, MutableSet), isinstance({1}, MutableSet), isinstance(frozenset(), MutableSet))
print(Tags.__mro__)
