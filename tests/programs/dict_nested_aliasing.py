# Mutable values inside dicts are shared references.
shared = [1, 2]
d = {"a": shared, "b": shared}
d["a"].append(3)
print(d, shared)
e = d
e["c"] = "new"
print(d is e, d)
f = d.copy()
f["a"].append(4)
f["d"] = "only in f"
print(d)
print(f)
db = {}
for name in ["x", "y"]:
    db[name] = {"items": [], "count": 0}
db["x"]["items"].append("first")
db["x"]["count"] += 1
db["y"]["count"] -= 1
print(db)
row = [0, 0]
table = {"r1": row, "r2": row}
table["r1"][0] = 9
print(table)
matrix = {}
matrix[(0, 0)] = 1
matrix[(1, 1)] = 1
print(matrix, matrix.get((0, 1), 0))
