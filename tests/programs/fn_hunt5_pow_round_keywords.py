# pow() and round() with their parameters by keyword, in and out of order, and CPython's
# errors for a missing, duplicated or unknown one (Python/getargs.c).
print(round(2.5, ndigits=None), round(number=3.14159, ndigits=2), round(7, ndigits=-1))
print(pow(2, 10, mod=None), pow(exp=2, base=3), pow(-2, 3, mod=5))
x = [1, 2]
print(pow(*x), round(*[2.675, 2]))
def attempt(f):
    try:
        print("ok", f())
    except TypeError as e:
        print("TypeError:", e)
attempt(lambda: pow(2, base=3))
attempt(lambda: pow(exp=2))
attempt(lambda: round(ndigits=2))
attempt(lambda: round(2.5, number=1))
attempt(lambda: pow(2, 3, modulo=5))
