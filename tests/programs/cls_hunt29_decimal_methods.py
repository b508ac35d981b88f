# The Decimal methods a money or units class reaches for: scaleb, copy_sign,
# same_quantum, max/min (NaN and tie rules), to_integral_exact, fma, logb, to_eng_string,
# number_class, the is_* predicates, and construction from a (sign, digits, exp) tuple.
from decimal import Decimal, ROUND_DOWN, ROUND_HALF_UP, InvalidOperation, DivisionByZero, getcontext

D = Decimal
print(repr(D(1).scaleb(-2)), repr(D("1.50").scaleb(3)), repr(D("-7").scaleb(D(1))), repr(D("Infinity").scaleb(4)))
for t in [(0, (1, 2), -1), (1, [3], 2), (0, (), "F"), (1, (0,), "F"), (0, (0, 1), "n"), [0, (1, 0), 0], (0, (0, 0), -3)]:
    print(repr(D(t)), str(D(t)))
for t in [(2, (1,), 0), (0, (1,), 1.0), (0, (10,), 0), (0, (1,), "x"), (0, 1, 0), (0, (1,))]:
    try:
        D(t)
    except ValueError as e:
        print("ValueError:", e)
print(repr(D("1.5").copy_sign(D("-0"))), repr(D("-2").copy_sign(3)))
print(D("1.50").same_quantum(D("2.31")), D("1.5").same_quantum(D("1.50")), D("NaN").same_quantum(D("sNaN")), D("Inf").same_quantum(D("-Inf")))
print(repr(D("1.0").max(D("1"))), repr(D("1.0").min(D("1"))), repr(D(0).max(D("-0"))), repr(D("-0").min(D(0))))
print(repr(D("NaN").max(D(3))), repr(D(3).min(D("NaN"))), repr(D("-5").max_mag(D(3))), repr(D("-5").min_mag(D(3))), repr(D("-3").max_mag(D(3))))
print(repr(D("-1.2").max(2)), repr(D("-1.2").min(D("-1.20"))), repr(D("-1.2").max(D("-1.20"))))
print(repr(D("2.5").to_integral_exact()), repr(D("3.5").to_integral_exact(ROUND_DOWN)), repr(D("12E+1").to_integral_exact()))
print(repr(D(2).fma(3, 5)), repr(D("1.11111111111111111111111111111").fma(D(9), D("0.000000000000000000000000000001"))))
print(repr(D(250).logb()), repr(D("0.03").logb()), repr(D("-Inf").logb()))
for x in ["123E+1", "1.5E+7", "0.000001", "1E-7", "0E+2", "0E-8", "-12345E+20", "NaN", "Infinity", "0.1"]:
    print(x, D(x).to_eng_string(), D(x).number_class(), D(x).is_normal(), D(x).is_subnormal(), D(x).is_qnan(), D(x).is_snan())
print(D("sNaN").is_snan(), D(5).radix(), D(5).conjugate(), D(5).canonical(), D(5).is_canonical())
print(D(3).compare_signal(4), D(4).compare_signal(D("4.0")))
for f in (lambda: D("NaN").compare_signal(1), lambda: D(0).logb(), lambda: D(1).scaleb(D("1.5")), lambda: D(1).max(1.5),
          lambda: D(1).copy_sign("x"), lambda: D("Inf").fma(0, 1)):
    try:
        print(f())
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__, e)
q = D(1).scaleb(-2)
print(D("1234.565").quantize(q, rounding=ROUND_HALF_UP))
