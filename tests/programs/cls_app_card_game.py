# A deterministic card game: Card/Deck/Player classes, a hand evaluator, and rounds of "War".
from collections import Counter, deque
from enum import IntEnum
from functools import total_ordering


class Suit(IntEnum):
    CLUBS = 0
    DIAMONDS = 1
    HEARTS = 2
    SPADES = 3

    @property
    def symbol(self):
        return "cdhs"[self]


RANKS = "23456789TJQKA"


@total_ordering
class Card:
    __slots__ = ("rank", "suit")

    def __init__(self, rank: int, suit: Suit):
        if not 2 <= rank <= 14:
            raise ValueError(f"bad rank {rank}")
        self.rank = rank
        self.suit = suit

    @classmethod
    def parse(cls, text):
        return cls(RANKS.index(text[0]) + 2, Suit("cdhs".index(text[1])))

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)

    def __hash__(self):
        return self.rank * 4 + self.suit

    def __repr__(self):
        return RANKS[self.rank - 2] + self.suit.symbol


class Deck:
    def __init__(self):
        self.cards = [Card(r, s) for s in Suit for r in range(2, 15)]

    def shuffle(self, seed):
        # A linear congruential generator keeps the shuffle deterministic.
        state = seed
        for i in range(len(self.cards) - 1, 0, -1):
            state = (state * 1103515245 + 12345) % 2 ** 31
            j = state % (i + 1)
            self.cards[i], self.cards[j] = self.cards[j], self.cards[i]
        return self

    def deal(self, players, n=None):
        hands = [[] for _ in range(players)]
        count = n * players if n else len(self.cards)
        for i in range(count):
            hands[i % players].append(self.cards.pop(0))
        return hands

    def __len__(self):
        return len(self.cards)


class Hand:
    NAMES = ["high card", "pair", "two pair", "three of a kind", "straight",
             "flush", "full house", "four of a kind", "straight flush"]

    def __init__(self, cards):
        self.cards = sorted(cards, reverse=True)

    def score(self):
        ranks = [c.rank for c in self.cards]
        counts = Counter(ranks)
        groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
        shape = [cnt for _, cnt in groups]
        flush = len({c.suit for c in self.cards}) == 1
        uniq = sorted(set(ranks), reverse=True)
        straight = len(uniq) == 5 and (uniq[0] - uniq[4] == 4 or uniq == [14, 5, 4, 3, 2])
        top = [r for r, _ in groups]
        if straight and uniq == [14, 5, 4, 3, 2]:
            top = [5]
        if straight and flush:
            cat = 8
        elif shape == [4, 1]:
            cat = 7
        elif shape == [3, 2]:
            cat = 6
        elif flush:
            cat = 5
        elif straight:
            cat = 4
        elif shape == [3, 1, 1]:
            cat = 3
        elif shape == [2, 2, 1]:
            cat = 2
        elif shape == [2, 1, 1, 1]:
            cat = 1
        else:
            cat = 0
        return (cat, top)

    def name(self):
        return self.NAMES[self.score()[0]]


class Player:
    def __init__(self, name, cards):
        self.name = name
        self.pile = deque(cards)
        self.won_rounds = 0

    def __repr__(self):
        return f"{self.name}({len(self.pile)})"


def play_war(p1, p2, max_rounds=200):
    rounds = 0
    while p1.pile and p2.pile and rounds < max_rounds:
        rounds += 1
        pot = []
        while True:
            if not p1.pile or not p2.pile:
                break
            a, b = p1.pile.popleft(), p2.pile.popleft()
            pot += [a, b]
            if a.rank != b.rank:
                winner = p1 if a.rank > b.rank else p2
                winner.pile.extend(sorted(pot, reverse=True))
                winner.won_rounds += 1
                break
            # war: each puts up to one card face down
            for p in (p1, p2):
                if p.pile:
                    pot.append(p.pile.popleft())
        if rounds % 50 == 0:
            print(f"  after {rounds} rounds: {p1} {p2}")
    return rounds


deck = Deck().shuffle(seed=2024)
print(len(deck), deck.cards[:8])
hands = deck.deal(4, 5)
for i, h in enumerate(hands):
    hand = Hand(h)
    print(f"player {i + 1}: {hand.cards} -> {hand.name()} {hand.score()}")
best = max(range(4), key=lambda i: Hand(hands[i]).score())
print("best hand: player", best + 1, "cards left:", len(deck))

examples = ["As Ks Qs Js Ts", "5c 4d 3h 2s Ac", "9h 9d 9s 4c 4d", "Kh Kd 2c 2d 7s", "2h 7h 9h Jh Kh",
            "Qc Qd Qh Qs 3c", "8c 8d Ah 4s 2c", "3c 5d 7h 9s Jc", "Tc Jd Qh Ks Ac"]
parsed = [Hand([Card.parse(t) for t in e.split()]) for e in examples]
for e, h in sorted(zip(examples, parsed), key=lambda p: p[1].score(), reverse=True):
    print(f"{e:<16} {h.name()}")
print(Card.parse("Ah") > Card.parse("Kh"), Card.parse("2s") == Card(2, Suit.SPADES), Card(10, Suit.HEARTS))
print(len({Card.parse("Ah"), Card(14, Suit.HEARTS), Card.parse("Ad")}))
try:
    Card(1, Suit.CLUBS)
except ValueError as e:
    print("ValueError:", e)
try:
    Card.parse("Zx")
except ValueError as e:
    print("ValueError:", e)

war_deck = Deck().shuffle(seed=7)
h1, h2 = war_deck.deal(2)
alice, bob = Player("alice", h1), Player("bob", h2)
rounds = play_war(alice, bob)
print("rounds:", rounds, alice, bob, "won:", alice.won_rounds, bob.won_rounds)
print("total cards:", len(alice.pile) + len(bob.pile))
