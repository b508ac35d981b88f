# JSONDecodeError is a ValueError subclass; an uncaught one is reported as
# json.decoder.JSONDecodeError.
import json

for doc in ['{"a": 1', "[1, 2,]", "nul", '"\\x"', "{} x"]:
    try:
        json.loads(doc)
    except ValueError as e:
        print(type(e).__name__, e, repr(e))

try:
    json.loads("[")
except Exception as e:
    print("caught as Exception:", type(e).__name__)

try:
    json.dumps({"k": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)

print(json.loads('{"ok": [true, 1.5, "x"]}'))
json.loads('{\n  "a": 1,\n  "b": [1, 2\n}')
