# Money calculator with decimal.Decimal and integer cents.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation, getcontext

CENT = Decimal("0.01")
items = [("coffee", "3.45", 2), ("bagel", "2.10", 3), ("juice", "4.995", 1), ("tip", "0.005", 1)]
subtotal = Decimal("0")
for name, price, qty in items:
    line = Decimal(price) * qty
    subtotal += line
    print(f"{name:<8}{qty:>3} x {Decimal(price):>7} = {line:>8}")
print("subtotal", subtotal, repr(subtotal))
tax = (subtotal * Decimal("0.0825")).quantize(CENT, rounding=ROUND_HALF_UP)
print("tax", tax, "half-even", (subtotal * Decimal("0.0825")).quantize(CENT, rounding=ROUND_HALF_EVEN))
total = subtotal + tax
print("total", total, total.quantize(CENT), str(total.quantize(Decimal("1"), rounding=ROUND_DOWN)))
print("split 3 ways", (total / 3).quantize(CENT), total / 3)
print(Decimal("1.10") + Decimal("2.20"), Decimal("1.1") * Decimal("1.1"), Decimal(1) / Decimal(8))
print(Decimal("10") / Decimal("4"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal(0.1), Decimal("1e3"), Decimal("1.500").normalize(), Decimal("-0"), Decimal("2.50") == Decimal("2.5"))
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.25")]), max(Decimal("3"), Decimal("3.0")))
print(round(Decimal("2.675"), 2), round(2.675, 2), round(Decimal("2.5")), round(Decimal("3.5")))
print(int(Decimal("-3.99")), float(Decimal("1.25")), Decimal("3.14159").quantize(Decimal("0.001")))
print(f"{Decimal('1234.5'):,.2f} {Decimal('0.5'):.0%} {Decimal('-12.345'):>10.1f}|")
for bad in ["abc", "1.2.3", "", " 5 "]:
    try:
        print(repr(bad), Decimal(bad))
    except InvalidOperation as e:
        print(repr(bad), "InvalidOperation", type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except Exception as e:
    print(type(e).__name__)
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt() if hasattr(Decimal, "sqrt") else "")
getcontext().prec = 28


def to_cents(s):
    s = s.strip()
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    whole, _, frac = s.partition(".")
    if not whole.isdigit() and whole != "":
        raise ValueError(f"bad amount: {s!r}")
    frac = (frac + "00")[:2]
    cents = int(whole or "0") * 100 + int(frac)
    return -cents if neg else cents


def fmt(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}${c // 100:,}.{c % 100:02d}"


ledger = ["100.00", "-25.5", "3.999", "0.07", "-0.01", "1234567.8", "x.10", "12"]
bal = 0
for entry in ledger:
    try:
        c = to_cents(entry)
    except ValueError as e:
        print("skip:", e)
        continue
    bal += c
    print(f"{entry:>12} {fmt(c):>16} {fmt(bal):>16}")
shares = [bal * w // 100 for w in (50, 30, 20)]
print("shares", [fmt(s) for s in shares], "remainder", fmt(bal - sum(shares)))
rate_bp = 425  # 4.25% in basis points
for year in range(1, 6):
    interest = bal * rate_bp // 10000
    bal += interest
    print(f"year {year}: +{fmt(interest):>12} -> {fmt(bal):>16}")
print(divmod(-1001, 100), -1001 // 100, -1001 % 100, fmt(-1001))
