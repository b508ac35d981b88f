# dict methods: get, keys, values, items, pop, popitem, setdefault, update, copy, clear.
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0), d.get("y", 99))
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("x", 50), d.setdefault("z", 3), d.setdefault("w"), d)
print(d.pop("w"), d.pop("nope", "default"), d)
d.update({"y": 20, "q": 7})
d.update([("r", 8)])
d.update(s=9)
print(d)
c = d.copy()
c["x"] = "changed"
print(d["x"], c["x"])
print(d.popitem(), d.popitem(), d)
c.clear()
print(c, len(c))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
keys = d.keys()
d["late"] = 1
print(keys, len(keys), "late" in keys)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(dict(zip(["a", "b"], [0, 0])), dict([("x", None), ("y", None)]))
