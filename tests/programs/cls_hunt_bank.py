from datetime import date
from typing import NamedTuple, Optional
from collections import namedtuple


class InsufficientFunds(Exception):
    pass


class AccountLocked(Exception):
    def __init__(self, account, reason="locked"):
        self.account = account
        self.reason = reason
        super().__init__(account, reason)

    def __str__(self):
        return f"account {self.account} is {self.reason}"


class Transaction(NamedTuple):
    kind: str
    amount: int
    balance_after: int
    memo: str = ""


Point = namedtuple("Point", "x y", defaults=[0])


class Account:
    _next_id = 1000
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
        self.state = "open"

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    def _check(self):
        if self.state != "open":
            raise AccountLocked(self.id, self.state)

    def deposit(self, amount, memo=""):
        self._check()
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        self.balance += amount
        self.history.append(Transaction("dep", amount, self.balance, memo))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(f"need {amount - self.balance} more")
        self.balance -= amount
        self.history.append(Transaction("wd", amount, self.balance))
        return self

    def freeze(self):
        self.state = "frozen"

    @classmethod
    def with_bonus(cls, owner):
        acct = cls(owner, 0)
        acct.deposit(50, "bonus")
        return acct

    @staticmethod
    def validate_owner(name):
        return name.isalpha() and name[0].isupper()

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"

    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id

    __hash__ = None


class Savings(Account):
    interest_rate = 0.05

    def add_interest(self):
        interest = int(self.balance * self.interest_rate)
        return self.deposit(interest, "interest")

    def withdraw(self, amount):
        if amount > 500:
            raise InsufficientFunds("savings limit")
        return super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, initial=0):
        if not Account.validate_owner(owner):
            raise ValueError(f"invalid owner {owner!r}")
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            raise RuntimeError("transfer failed") from e
        else:
            dst.deposit(amount, f"from {src.id}")
        finally:
            print(f"  transfer {src.id}->{dst.id} {amount} attempted")

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
a = bank.open(Account, "Alice", 100)
b = bank.open(Savings, "Bob", 1000)
c = Savings.with_bonus("Carol")
print(a, b, c, c.history)
bank.transfer(a, b, 30)
try:
    bank.transfer(a, b, 500)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__, type(e.__cause__).__name__)
b.add_interest()
print(b.history[-1], b.history[-1].amount, b.history[-1]._asdict())
print(b.history[0]._replace(memo="changed"), Transaction._fields, Transaction._field_defaults)
try:
    b.withdraw(600)
except InsufficientFunds as e:
    print("InsufficientFunds:", e)
a.freeze()
try:
    a.deposit(5)
except AccountLocked as e:
    print(e, e.args, repr(e))
try:
    bank.open(Account, "bob")
except ValueError as e:
    print(e)
try:
    a.balance = -5
except ValueError as e:
    print(e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(bank.total(), a == a, a == b, Account.interest_rate, Savings.interest_rate, b.interest_rate)
print(isinstance(b, Account), issubclass(Savings, Account), Savings.__mro__[1].__name__)
p = Point(3)
print(p, p.x, p.y, p._replace(y=9), Point._make([1, 2]), p + (5,), len(p))
x, y = Point(7, 8)
print(x * y, Point(1, 2) == (1, 2), Point(1, 2) < Point(1, 3))
t = Transaction("x", 1, 2)
print(t, t.memo == "", t[1], t[-1] == "")
c.withdraw(1000)
