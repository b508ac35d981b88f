# ExceptionGroup is a builtin molt does not implement: refused at compile time (it was a
# NameError when the program ran).
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except Exception as e:
    print(type(e).__name__, e)
