# Set operations and comparisons of dict views against sets, frozensets and other views.
inv = {"apple": 3, "pear": 0, "fig": 7}
prices = {"apple": 1.5, "kiwi": 2.0}
print(inv.items() | {("kiwi", 4)})
print(inv.items() & {("apple", 3), ("fig", 1)}, inv.items() - {("pear", 0)})
print(inv.items() ^ {("apple", 3), ("plum", 9)}, {("apple", 3)} | inv.items())
print({("fig", 7), ("x", 1)} & inv.items(), [("pear", 0)] and inv.items() & [("pear", 0), ("pear", 1)])
print(frozenset({("fig", 7)}) - inv.items(), {("z", 0)} ^ inv.items())
print(inv.keys() | prices.keys(), inv.keys() & prices.keys(), inv.keys() - prices.keys(), inv.keys() ^ prices)
print(inv.keys() ^ ["apple", "melon"], {"pear"} - inv.keys(), inv.items() - prices.items())
print(inv.keys() <= {"apple", "pear", "fig", "x"}, inv.keys() < inv.keys(), inv.keys() >= {"fig"})
print({"fig"} < inv.keys(), {"fig", "nope"} <= inv.keys(), frozenset(inv) >= inv.keys(), inv.keys() > prices.keys())
print(inv.items() >= {("fig", 7)}, inv.items() <= {("fig", 7)}, {("fig", 7)} < inv.items(), inv.items() == {("apple", 3), ("pear", 0), ("fig", 7)})
print(inv.keys().isdisjoint({"x"}), inv.keys().isdisjoint(prices), inv.items().isdisjoint([("apple", 3)]), inv.items().isdisjoint([("apple", 4)]))
in_stock = {k for k, v in inv.items() if v} & prices.keys()
print(sorted(in_stock), sorted(inv.keys() - {k for k, v in inv.items() if not v}))
try:
    inv.keys() < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {"k": [1]}.items() | set()
except TypeError as e:
    print("TypeError:", e)
try:
    inv.keys().isdisjoint()
except TypeError as e:
    print("TypeError:", e)
print(inv.items() | {("bad", [1])})
