# ZeroDivisionError from the various division operators.
def attempt(label, a, b, op):
    try:
        if op == "/":
            r = a / b
        elif op == "//":
            r = a // b
        elif op == "%":
            r = a % b
        else:
            r = divmod(a, b)
        print(label, "=", r)
    except ZeroDivisionError as e:
        print(label, "raised", type(e).__name__, "-", e)

attempt("1/0", 1, 0, "/")
attempt("1//0", 1, 0, "//")
attempt("1%0", 1, 0, "%")
attempt("divmod(1,0)", 1, 0, "divmod")
attempt("1.0/0", 1.0, 0, "/")
attempt("1/0.0", 1, 0.0, "/")
attempt("1.5//0.0", 1.5, 0.0, "//")
attempt("1.5%0.0", 1.5, 0.0, "%")
attempt("big/0", 2 ** 100, 0, "/")
attempt("big//0", 2 ** 100, 0, "//")
attempt("0/5", 0, 5, "/")
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("0**-1:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("0.0**-1:", e)
