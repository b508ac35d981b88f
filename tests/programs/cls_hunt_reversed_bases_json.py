# reversed() returns what __reversed__ returns; __bases__/__mro__ show the builtin types
# themselves; json.dumps of dict subclasses uses the dict's items.
import json


class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __reversed__(self):
        return Deck(self.cards[::-1])

    def __repr__(self):
        return f"Deck({self.cards})"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(1, self.n + 1))


print(reversed(Deck("abc")), list(reversed(Countdown(3))), list(reversed([1, 2])))


class L(list):
    pass


class D(dict):
    def items(self):
        return [("overridden", 1)]

    def keys(self):
        return ["k"]


class S(str):
    pass


class I(int):
    pass


print(L.__bases__[0] is list, L.__mro__[1] is list, L.__base__ is list, D.__bases__ == (dict,))
print(S.__mro__, I.__mro__[1] is int, issubclass(L.__bases__[0], object), L.__bases__[0]([1]) == [1])
d = D(a=1)
print(json.dumps(d), list(d.items()), dict(d), sorted(d), {**d})
