# A money ledger: an Enum with a tuple value and properties, a total_ordering class
# over Decimal amounts (quantize, scaleb, format specs), Fraction scaling, NotImplemented
# fallbacks and their TypeErrors.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext, InvalidOperation
from fractions import Fraction
from collections import defaultdict
from functools import total_ordering
from enum import Enum, auto, unique

@unique
class Currency(Enum):
    USD = ("$", 2)
    JPY = ("¥", 0)
    EUR = ("€", 2)
    def __init__(self, symbol, places):
        self.symbol = symbol
        self.places = places
    @property
    def quantum(self):
        return Decimal(1).scaleb(-self.places)
    def __str__(self):
        return self.name

@total_ordering
class Money:
    __slots__ = ("amount", "cur")
    def __init__(self, amount, cur=Currency.USD):
        if isinstance(amount, float):
            raise TypeError("use str or Decimal, not float")
        self.amount = Decimal(amount).quantize(cur.quantum, rounding=ROUND_HALF_UP)
        self.cur = cur
    def __repr__(self): return f"Money({str(self.amount)!r}, {self.cur!s})"
    def __str__(self): return f"{self.cur.symbol}{self.amount:,}"
    def __format__(self, spec):
        if spec == "code": return f"{self.amount} {self.cur}"
        return format(str(self), spec)
    def _check(self, o):
        if not isinstance(o, Money): return False
        if o.cur is not self.cur:
            raise ValueError(f"currency mismatch: {self.cur} vs {o.cur}")
        return True
    def __add__(self, o):
        if o == 0: return self
        if not self._check(o): return NotImplemented
        return Money(self.amount + o.amount, self.cur)
    __radd__ = __add__
    def __sub__(self, o):
        if not self._check(o): return NotImplemented
        return Money(self.amount - o.amount, self.cur)
    def __mul__(self, k):
        if isinstance(k, (int, Decimal)): return Money(self.amount * k, self.cur)
        if isinstance(k, Fraction): return Money(Decimal(k.numerator) * self.amount / k.denominator, self.cur)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self): return Money(-self.amount, self.cur)
    def __eq__(self, o):
        if isinstance(o, int) and o == 0: return self.amount == 0
        if not isinstance(o, Money): return NotImplemented
        return self.cur is o.cur and self.amount == o.amount
    def __lt__(self, o):
        if not self._check(o): return NotImplemented
        return self.amount < o.amount
    def __hash__(self): return hash((self.amount, self.cur))
    def __bool__(self): return bool(self.amount)
    def split(self, n):
        base = (self.amount / n).quantize(self.cur.quantum, rounding="ROUND_DOWN")
        parts = [Money(base, self.cur) for _ in range(n)]
        rem = self.amount - base * n
        i = 0
        while rem > 0:
            parts[i] = Money(parts[i].amount + self.cur.quantum, self.cur)
            rem -= self.cur.quantum
            i += 1
        return parts

class Kind(Enum):
    DEBIT = auto()
    CREDIT = auto()

class Ledger:
    def __init__(self):
        self.entries = []
        self.balances = defaultdict(lambda: defaultdict(Decimal))
    def post(self, account, money, kind=Kind.DEBIT, memo=""):
        sign = 1 if kind is Kind.DEBIT else -1
        self.entries.append((account, money, kind, memo))
        self.balances[account][money.cur] += sign * money.amount
        return self
    def report(self):
        for acct in sorted(self.balances):
            per = self.balances[acct]
            cells = ", ".join(f"{Money(v, c):code}" for c, v in sorted(per.items(), key=lambda kv: kv[0].name))
            print(f"{acct:<10}|{cells}")

L = Ledger()
rent = Money("1234.565")
print(repr(rent), str(rent), f"[{rent:>12}]", f"{rent:code}")
L.post("cash", rent).post("rent", rent, Kind.CREDIT, "march")
L.post("cash", Money("1000", Currency.JPY)).post("cash", Money("0.5", Currency.JPY))
L.post("fx", Money("19.999", Currency.EUR), Kind.CREDIT)
L.report()
parts = Money("100").split(3)
print(parts, sum(parts), sum(parts) == Money("100"))
print(Money("10") * Fraction(1, 3), Money("2.50") * 3, 3 * Money("2.50"), -Money("1"))
print(sorted([Money("3"), Money("1.005"), Money("2")]), Money("1") <= Money("1.00"), max(Money("9"), Money("10")))
print(bool(Money("0.001")), bool(Money("0.01")), len({Money("1"), Money("1.00"), Money("1", Currency.EUR)}))
print([c for c in Currency], Currency("¥", 0) if False else Currency.JPY.quantum, Currency.EUR.value)
for bad in (lambda: Money(1.5), lambda: Money("1") + Money("1", Currency.EUR), lambda: Money("1") < 5,
            lambda: Money("1") * 1.5, lambda: Money("abc"), lambda: Currency(("£", 2))):
    try:
        print(bad())
    except (TypeError, ValueError, InvalidOperation) as e:
        print(type(e).__name__, e)
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("2.5").quantize(Decimal(1), ROUND_HALF_EVEN), Decimal("3.5").quantize(Decimal(1), ROUND_HALF_EVEN))
print(Kind.DEBIT, repr(Kind.CREDIT), Currency.USD, repr(Currency.USD), f"{Currency.EUR}", [str(k) for k in Kind])
