# decimal.localcontext: a copy of the context is current inside the block (nested,
# keyword arguments, an explicit context), restored on exit even after an exception;
# the context's setters raise the C module's errors.
import decimal
from decimal import Decimal, getcontext, localcontext

print(getcontext().prec, Decimal(1) / 7)
with localcontext() as ctx:
    ctx.prec = 5
    print(ctx.prec, getcontext().prec, Decimal(1) / 7, Decimal("123456.789") + 0)
    with localcontext(prec=3, rounding=decimal.ROUND_DOWN) as inner:
        print(inner.prec, inner.rounding, Decimal(2) / 3, Decimal(-2) / 3)
    print(getcontext().prec, Decimal(2) / 3)
print(getcontext().prec, Decimal(1) / 7)

saved = getcontext()
with decimal.localcontext(saved, prec=50) as big:
    print(Decimal(2).sqrt(), big.prec, saved.prec)
print(Decimal(2).sqrt())

try:
    with localcontext() as c:
        c.prec = 2
        print(Decimal(10) / 3)
        raise ValueError("inside")
except ValueError as e:
    print("caught", e, getcontext().prec, Decimal(10) / 3)

with localcontext(Emax=5) as c:
    try:
        Decimal("9e10") * 10
    except decimal.Overflow as e:
        print("Overflow", type(e).__name__)
    c.capitals = 0
    print(Decimal("1e5") / 1, Decimal("1.5e3") + 0, c.Emax, c.capitals)

m = localcontext(prec=12)
for _ in range(2):
    with m:
        print(Decimal(1) / 3)
print(Decimal(1) / 3)

checks = [
    lambda: localcontext(foo=1),
    lambda: localcontext(prec=0),
    lambda: localcontext(prec="x"),
    lambda: localcontext(rounding="bad"),
    lambda: localcontext(5),
    lambda: setattr(getcontext(), "prec", -1),
    lambda: setattr(getcontext(), "Emax", -1),
    lambda: setattr(getcontext(), "Emin", 1),
    lambda: setattr(getcontext(), "capitals", 2),
    lambda: setattr(getcontext(), "clamp", 3),
    lambda: setattr(getcontext(), "prec", 2.5),
]
for f in checks:
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(getcontext().prec)
with localcontext(prec=-3):
    pass
