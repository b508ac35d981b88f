from abc import ABC, abstractmethod
from enum import Enum


class Account(ABC):
    fee = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    @abstractmethod
    def kind(self):
        ...

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        self._balance = v

    @abstractmethod
    def monthly(self):
        ...

    @classmethod
    def open(cls, owner, amount):
        acct = cls(owner)
        acct.balance += amount - cls.fee
        return acct

    def __repr__(self):
        return f"{self.kind}({self.owner}: {self.balance})"


class Checking(Account):
    fee = 5

    @property
    def kind(self):
        return "checking"

    def monthly(self):
        self.balance -= 1
        return self.balance


class Savings(Account):
    rate = 0.01

    @property
    def kind(self):
        return "savings"

    @property
    def balance(self):
        return round(self._balance, 2)

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("savings cannot go negative")
        self._balance = v

    def monthly(self):
        self.balance = self._balance * (1 + self.rate)
        return self.balance


class Partial(Account):
    def monthly(self):
        return 0


accts = [Checking.open("ann", 100), Savings.open("bob", 1000), Checking("cy")]
for a in accts:
    a.monthly()
print(accts)
try:
    accts[1].balance = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Partial("x")
except TypeError as e:
    print("TypeError:", e)
print(sorted(Account.__abstractmethods__), sorted(Partial.__abstractmethods__), Checking.__abstractmethods__)
print(isinstance(accts[0], Account), [type(a).__name__ for a in sorted(accts, key=lambda a: a.balance)])


class Suit(Enum):
    HEARTS = "♥"
    SPADES = "♠"

    @property
    def color(self):
        return "red" if self is Suit.HEARTS else "black"


class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return f"{self.rank}{self.suit.value}"

    @property
    def value(self):
        return self.RANKS.index(self.rank)

    def __lt__(self, other):
        return (self.value, self.suit.name) < (other.value, other.suit.name)

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))


hand = [Card(r, s) for r, s in [("K", Suit.SPADES), ("2", Suit.HEARTS), ("K", Suit.HEARTS), ("T", Suit.SPADES)]]
print(sorted(hand), max(hand), [c.suit.color for c in hand], len(set(hand + [Card("K", Suit.SPADES)])))
match hand[0].suit:
    case Suit.HEARTS:
        print("hearts")
    case Suit.SPADES:
        print("spades")
for c in hand:
    match c:
        case Card(rank="K", suit=Suit.HEARTS):
            print("king of hearts")
        case Card(rank=r) if r in "TJQ":
            print("face-ish", r)
        case _:
            print("other", c)
