# A user Sequence (collections.abc) gets __iter__, __contains__, __reversed__, index and
# count from the ABC, calling the class's own __getitem__ and __len__ in CPython's order.
import collections.abc
from collections.abc import Sequence


class Deck(collections.abc.Sequence):
    def __init__(self, cards):
        self.cards = list(cards)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.cards[i]

    def __len__(self):
        print("  len")
        return len(self.cards)


d = Deck(["A", "K", "Q", "K", "é"])
print("iter:", list(d))
print("in:", "Q" in d, "x" in d)
print("reversed:", list(reversed(d)))
print("index:", d.index("K"))
print("index start:", d.index("K", 2))
print("index negative start:", d.index("K", -3))
print("index stop negative:", d.index("A", 0, -1))
try:
    d.index("K", 0, 1)
except ValueError as e:
    print("ValueError", repr(e))
try:
    d.index("zz")
except ValueError as e:
    print("ValueError", repr(e))
print("count:", d.count("K"), d.count("zz"))
print("slice:", d[1:3], d[-1])
print(isinstance(d, Sequence), isinstance(d, collections.abc.Reversible))
print(isinstance(d, collections.abc.MutableSequence), isinstance(d, collections.abc.Hashable))
print(issubclass(Deck, collections.abc.Collection), issubclass(Deck, collections.abc.Sized))
print(Deck.__mro__)
print(type(Deck).__name__)
print(Deck.__bases__)

# Empty, and a sequence whose __getitem__ raises IndexError early (iteration stops there).
e = Deck([])
print(list(e), "a" in e, list(reversed(e)), e.count(1))


class Short(Sequence):
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 5


s = Short()
print(list(s), s.index(10), 20 in s)
try:
    print(list(reversed(s)))
except IndexError as e:
    print("IndexError", e)


# Subscripted base, own __contains__ wins over the mixin.
class Nums(Sequence[int]):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Nums index out of range")
        return i * i

    def __len__(self):
        return self.n

    def __contains__(self, v):
        print("  own contains")
        return v >= 0 and int(v**0.5) ** 2 == v


n = Nums(6)
print(list(n), n[-1], n[1:4], n[::-2], 16 in n, n.index(9), sum(n), sorted(n, reverse=True))


# Missing abstract methods: TypeError at instantiation, listing them.
class NoLen(Sequence):
    def __getitem__(self, i):
        return i


class Nothing(Sequence):
    pass


for cls in (NoLen, Nothing):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Nothing.__abstractmethods__))
