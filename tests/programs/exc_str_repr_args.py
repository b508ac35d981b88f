# str(), repr() and .args of exception objects.
errors = [ValueError("bad value"), KeyError("key"), KeyError(42), IndexError(), TypeError("a", "b"),
          ZeroDivisionError("division by zero"), RuntimeError(""), Exception("x", 1, None),
          KeyError(), ValueError(3.5), OverflowError("too big"), AssertionError("oops")]
for e in errors:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, len(e.args))
try:
    {"a": 1}["b"]
except KeyError as e:
    print(str(e), repr(e), e.args, e.args[0])
try:
    [1][5]
except IndexError as e:
    print(str(e), repr(e), e.args)
try:
    int("12x")
except ValueError as e:
    print(str(e), repr(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print(str(e), repr(e), e.args)
try:
    raise ValueError("multi", "args", 3)
except ValueError as e:
    print(e, e.args[1])
msg = ""
try:
    raise RuntimeError("stored")
except RuntimeError as e:
    msg = str(e)
print("after:", msg)
