# dict creation, lookup, update and printing.
d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"])
d["d"] = 4
d["a"] = 100
print(d)
print("a" in d, "z" in d, 2 in d, "z" not in d)
print(dict(), {}, dict([("x", 1), ("y", 2)]), dict(one=1, two=2), dict({"k": "v"}))
print(dict(zip("abc", range(3))))
e = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(e)
print(e[1], e[(1, 2)], e[None])
nested = {"list": [1, 2], "dict": {"inner": [3]}, "empty": {}}
print(nested)
nested["list"].append(3)
nested["dict"]["inner"].append(4)
print(nested)
print(d == {"a": 100, "b": 2, "c": 3, "d": 4}, {1: 1} == {1.0: 1}, {} == {})
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    x = {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
counts = {}
for ch in "mississippi":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
