# Hunt: an inventory tool with dataclasses, json and csv (found: json.loads hooks were refused).
import json
from dataclasses import dataclass, field, asdict
from collections import defaultdict
from typing import Optional
import io
import csv

@dataclass
class Item:
    sku: str
    name: str
    qty: int = 0
    price: float = 0.0
    tags: list = field(default_factory=list)
    parent: Optional[str] = None

    @property
    def value(self):
        return round(self.qty * self.price, 2)

inv = [Item("A1", "bolt", 100, 0.05, ["hw"]), Item("B2", "nut", 250, 0.03, ["hw", "small"]), Item("C3", "gear", 7, 12.5, [], "A1")]
print(json.dumps([asdict(i) for i in inv], indent=1)[:200])
by_tag = defaultdict(list)
for i in inv:
    for t in i.tags or ["untagged"]:
        by_tag[t].append(i.sku)
print(dict(by_tag), sum(i.value for i in inv), max(inv, key=lambda i: i.value).name)
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["sku", "name", "qty", "price", "tags", "parent"])
w.writeheader()
for i in inv:
    d = asdict(i)
    d["tags"] = "|".join(d["tags"])
    w.writerow(d)
print(buf.getvalue())
buf.seek(0)
back = [Item(r["sku"], r["name"], int(r["qty"]), float(r["price"]), r["tags"].split("|") if r["tags"] else [], r["parent"] or None) for r in csv.DictReader(buf)]
print(back == inv, back[2])
print(json.loads(json.dumps({"n": 1, "f": 2.50, "l": [True, None]}), object_hook=lambda d: sorted(d.items())))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent="\t"))
print(json.dumps("unicode: é ☃ 😀"), json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.loads('[1, 2.0, "x", {"k": [null, false]}]'), json.loads("1e400"), json.loads('"\\u00e9\\ud83d\\ude00"'))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(json.dumps([1, [2, [3]]], indent=2, separators=(",", ": ")))
from collections import OrderedDict
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list), json.loads('{"x": [1, {"y": 2}]}', object_pairs_hook=OrderedDict))
print(json.loads("[1.5, 2, NaN, -Infinity]", parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c.lower()))
from decimal import Decimal
print(json.loads('{"price": 19.99}', parse_float=Decimal), json.loads('[1, 2]', object_hook=None))
