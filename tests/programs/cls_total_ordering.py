# functools.total_ordering fills in the missing comparison methods.
from functools import total_ordering


@total_ordering
class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, text):
        self.rank = text[0]
        self.suit = text[1]

    @property
    def value(self):
        return self.RANKS.index(self.rank)

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.value == other.value

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.value < other.value

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in ["Ks", "2h", "Td", "Ac", "2s", "9h", "Kh"]]
print(sorted(hand))                      # stable: 2h before 2s, Ks before Kh
print(sorted(hand, reverse=True))
print(max(hand), min(hand))
k1, k2 = hand[0], hand[6]
print(k1 == k2, k1 <= k2, k1 >= k2, k1 > k2, k1 < k2, k1 != k2)
print(Card("3c") > Card("2c"), Card("3c") >= Card("4c"), Card("Ah") <= Card("Ah"))
try:
    Card("3c") >= 3
except TypeError as e:
    print("TypeError:", e)
print([c for c in hand if c > Card("9d")])


@total_ordering
class Weight:
    def __init__(self, grams):
        self.grams = grams

    def __eq__(self, other):
        return self.grams == other.grams

    def __gt__(self, other):
        return self.grams > other.grams

    def __repr__(self):
        return f"{self.grams}g"


ws = [Weight(500), Weight(20), Weight(1000), Weight(20)]
print(sorted(ws), Weight(3) <= Weight(3), Weight(3) < Weight(4), Weight(5) >= Weight(9))
import bisect
keys = sorted(w.grams for w in ws)
print(keys, bisect.bisect_left(keys, 20), bisect.bisect_right(keys, 20))
