# Exception classes of stdlib modules in except clauses (json.JSONDecodeError, re.error, decimal.InvalidOperation, ...).
import json, statistics
try:
    json.loads("{")
except json.JSONDecodeError as e:
    print("bad", e)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(e)
from decimal import Decimal, InvalidOperation, DivisionByZero
import re, struct
for s in ["1.5", "x"]:
    try:
        print(Decimal(s) / Decimal(0))
    except InvalidOperation:
        print("invalid", s)
    except DivisionByZero as e:
        print("div0", type(e).__name__, isinstance(e, ZeroDivisionError))
try:
    re.compile("(")
except re.error as e:
    print("re.error", e)
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("struct.error", e)
try:
    json.loads("[1,]")
except (KeyError, json.JSONDecodeError) as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
