# Catching by base class: LookupError, ArithmeticError, Exception.
def trigger(kind):
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["missing"]
    if kind == "zero":
        return 1 / 0
    if kind == "overflow":
        return 2.0 ** 5000
    if kind == "value":
        return int("abc")
    if kind == "type":
        return len(5)
    if kind == "recursion":
        return trigger("recursion")
    return "ok"

for kind in ["index", "key", "zero", "overflow", "value", "type", "recursion", "none"]:
    try:
        print(kind, "->", trigger(kind))
    except LookupError as e:
        print(kind, "LookupError branch:", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch:", type(e).__name__)
    except Exception as e:
        print(kind, "Exception branch:", type(e).__name__, str(e)[:40])
print(isinstance(KeyError("k"), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
print(isinstance(RecursionError(), RuntimeError), isinstance(ValueError(), Exception))
print(isinstance(StopIteration(), Exception), isinstance(KeyboardInterrupt(), Exception))
print(isinstance(KeyboardInterrupt(), BaseException), isinstance(SystemExit(), Exception))
