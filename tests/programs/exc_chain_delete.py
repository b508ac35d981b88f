# Deleting the attributes of BaseException is a TypeError with its own message each.
class U(Exception): pass
for e in [ValueError("v"), U("u")]:
    for a in ["__context__", "__cause__", "__suppress_context__", "__traceback__", "args"]:
        try:
            delattr(e, a)
            print("deleted", a)
        except Exception as x:
            print(type(e).__name__, a, type(x).__name__, x)
e = KeyError("k")
try:
    del e.__context__
except TypeError as x:
    print("del statement:", x)
try:
    del e.missing
except AttributeError as x:
    print(type(x).__name__, x)
