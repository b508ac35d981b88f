# An uncaught exception whose class lives in another module: the traceback's last line
# is qualified with the module name (lib.errors.ParseError: ...), unlike classes in __main__.
from lib.errors import parse_int

values = ["10", "20", "3O"]
total = 0
for v in values:
    total += parse_int(v)
    print("running total", total)
print("unreachable")
