# json.dumps / json.dump with default=.
import io
import json
from datetime import date


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y, "tags": {"b", "a"}}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


data = {"when": date(2024, 5, 17), "ids": {3, 1, 2}, "pt": Point(1, 2), "pts": [Point(0, 0)]}
print(json.dumps(data, default=encode))
print(json.dumps(data, default=encode, indent=2, sort_keys=True))
buf = io.StringIO()
json.dump({"s": frozenset([1])}, buf, default=list)
print(buf.getvalue())
print(json.dumps([1, {2}], default=lambda o: "<%s>" % type(o).__name__))
try:
    json.dumps({"c": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
json.dumps([b"raw"], default=encode)
