import json
import textwrap
import string

records = [
    {"name": "Widget", "price": 9.99, "qty": 12, "tags": ["tools", "small"], "desc": "A small widget that does widget things reliably and quietly for many years."},
    {"name": "Gadget Pro", "price": 129.5, "qty": 3, "tags": [], "desc": "Professional grade gadget."},
    {"name": "Doohickey", "price": 0.5, "qty": 1000, "tags": ["bulk"], "desc": "Cheap. " * 12},
    {"name": "Thingamajig", "price": 42.0, "qty": 0, "tags": ["rare", "collectible", "vintage"], "desc": ""},
]

header = f"{'Name':<14}|{'Price':>10}|{'Qty':>6}|{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0.0
for r in records:
    total = r["price"] * r["qty"]
    grand += total
    print(f"{r['name']:<14}|{r['price']:>10.2f}|{r['qty']:>6d}|{total:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<14}|{'':>10}|{sum(r['qty'] for r in records):>6}|{grand:>12,.2f}")
print("%-10s %5.1f%% %+d %x %o %e %g" % ("pct", 12.345, 7, 255, 8, 12345.678, 0.00001234))
print("{:^20}".format("centered"), "{:*>8}".format(42), "{0:b} {0:#x} {0:08.3f}".format(5))

for r in records:
    print(r["name"])
    desc = r["desc"].strip() or "(no description)"
    print(textwrap.fill(desc, width=30, initial_indent="  > ", subsequent_indent="    "))
    print(textwrap.shorten(desc, width=25, placeholder=" [...]"))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.indent("a\nb\n\nc", "| "))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog " * 3, 20))

out = json.dumps(records, indent=2, sort_keys=True)
print(out[:200])
back = json.loads(out)
print(back == records, type(back[0]["price"]).__name__)
print(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "é\n"}}, ensure_ascii=False))
print(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "é\n"}}))
print(json.dumps([1, 2, 3], separators=(",", ":")), json.dumps({"x": 1}, indent="\t"))
print(json.loads('{"n": 1e3, "m": -0, "s": "\\u00e9\\ud83d\\ude00"}'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("bad json:", e, e.pos, e.lineno, e.colno)

t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(string.capwords("hello   world  foo"), string.ascii_lowercase[:5], string.punctuation)
table = {ord("a"): "4", ord("e"): "3"}
print("leet speak here".translate(table))
width = max(len(r["name"]) for r in records)
for r in sorted(records, key=lambda r: (-r["price"], r["name"])):
    bar = "#" * int(r["price"] // 10)
    print(r["name"].ljust(width), str(r["qty"]).rjust(5), bar or ".", r["name"].center(16, "~"))
print(", ".join(f"{k}={v!r}" for k, v in sorted(records[0].items()) if k != "desc"))
