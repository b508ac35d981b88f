# A small bank: account classes with inheritance, a ledger of transactions, custom errors.
from dataclasses import dataclass, field
from typing import List, Dict


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, requested):
        super().__init__(f"{account.number}: balance {account.balance} < {requested}")
        self.account = account
        self.requested = requested


class AccountFrozen(BankError):
    pass


@dataclass
class Transaction:
    kind: str
    amount: int
    balance_after: int
    memo: str = ""


class Account:
    _next_number = 1000
    overdraft = 0

    def __init__(self, owner: str, opening: int = 0):
        self.number = f"AC{Account._next_number}"
        Account._next_number += 1
        self.owner = owner
        self.balance = 0
        self.frozen = False
        self.history: List[Transaction] = []
        if opening:
            self.deposit(opening, "opening")

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"{self.number} is frozen")

    def deposit(self, amount: int, memo: str = ""):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive: {amount}")
        self.balance += amount
        self.history.append(Transaction("deposit", amount, self.balance, memo))

    def withdraw(self, amount: int, memo: str = ""):
        self._check()
        if amount <= 0:
            raise ValueError(f"withdrawal must be positive: {amount}")
        if self.balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Transaction("withdraw", amount, self.balance, memo))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner}, {self.balance})"


class Savings(Account):
    rate_per_mille = 5          # 0.5% per month

    def month_end(self):
        interest = self.balance * self.rate_per_mille // 1000
        if interest:
            self.deposit(interest, "interest")


class Checking(Account):
    overdraft = 200
    fee = 15

    def month_end(self):
        if self.balance < 0 and not self.frozen:
            if self.balance - self.fee >= -self.overdraft:
                self.withdraw(self.fee, "overdraft fee")
            else:
                self.frozen = True


@dataclass
class Bank:
    name: str
    accounts: Dict[str, Account] = field(default_factory=dict)
    failures: List[str] = field(default_factory=list)

    def open(self, cls, owner, opening=0):
        acct = cls(owner, opening)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src: str, dst: str, amount: int):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount, f"to {dst}")
        try:
            b.deposit(amount, f"from {src}")
        except BankError:
            a.deposit(amount, "refund")
            raise

    def run(self, ops):
        for op in ops:
            try:
                kind, *args = op
                if kind == "transfer":
                    self.transfer(*args)
                elif kind == "freeze":
                    self.accounts[args[0]].frozen = True
                elif kind == "month":
                    for acct in self.accounts.values():
                        acct.month_end()
                else:
                    getattr(self.accounts[args[0]], kind)(*args[1:])
            except BankError as e:
                self.failures.append(f"{type(e).__name__}: {e}")
            except (ValueError, KeyError, AttributeError) as e:
                self.failures.append(f"{type(e).__name__}: {e}")

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank("Molt Savings & Loan")
s1 = bank.open(Savings, "ann", 10_000)
c1 = bank.open(Checking, "ann", 500)
c2 = bank.open(Checking, "bob")
s2 = bank.open(Savings, "cy", 250)
print(list(bank.accounts.values()))
ops = [
    ("deposit", c2.number, 300),
    ("withdraw", c1.number, 650),
    ("withdraw", c1.number, 100),
    ("transfer", s1.number, c2.number, 2_500),
    ("withdraw", s2.number, 300),
    ("deposit", s2.number, -5),
    ("freeze", c2.number),
    ("transfer", s1.number, c2.number, 10),
    ("withdraw", "AC9999", 1),
    ("month",),
    ("month",),
    ("bogus_op", s1.number),
]
before = bank.total()
bank.run(ops)
for acct in bank.accounts.values():
    print(acct)
    for t in acct.history:
        print(f"    {t.kind:<8} {t.amount:>6} -> {t.balance_after:>6}  {t.memo}")
print("failures:")
for f in bank.failures:
    print("  ", f)
print("total before", before, "after", bank.total())
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("richest:", richest.owner, richest.number)
by_owner = {}
for a in bank.accounts.values():
    by_owner[a.owner] = by_owner.get(a.owner, 0) + a.balance
print(by_owner)
