# `from lib.x import name`, `from lib import module`, aliases, and names bound at import time.
from lib.textutil import slugify, wrap as wrap_text, call_count
from lib import shapes
from lib.shapes import Circle, UNIT, describe
from lib.errors import ParseError, parse_int

print(slugify("From Import Works"), call_count("slugify"))
for line in wrap_text("a from-import binds the name in this module at import time", 16):
    print("|" + line.ljust(16) + "|")

c = Circle(2)
print(describe(c), UNIT, shapes.created, c.__class__ is shapes.Circle)

# Rebinding the module attribute does not change the name imported earlier.
shapes.UNIT = "in"
print(UNIT, shapes.UNIT, describe(c))

# A name imported with `from` is a separate binding: rebinding it locally leaves the module alone.
slugify = str.upper
print(slugify("x"), shapes.__name__)
from lib import textutil
print(textutil.slugify("Still The Original"), call_count("slugify"))

for text in ["42", "-17", "4x2", "--1", ""]:
    try:
        print(repr(text), "->", parse_int(text))
    except ParseError as e:
        print(repr(text), "->", type(e).__name__, e, e.pos, isinstance(e, ValueError))
    except ValueError as e:
        print(repr(text), "-> ValueError:", e)
print(ParseError.__module__, ParseError.__qualname__)

try:
    from lib.textutil import no_such_name
except ImportError as e:
    # The message ends with the module's file path, so print only the stable parts.
    print("ImportError:", str(e).split(" (")[0], "| module:", e.name)
try:
    import lib.no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
