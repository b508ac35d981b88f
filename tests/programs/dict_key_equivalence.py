# 1, 1.0 and True collide as dict keys; first key object is kept.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d, len(d))
d2 = {True: "t", 1: "one"}
print(d2)
d3 = {0: "zero", False: "f", 0.0: "z", -0.0: "nz"}
print(d3)
print({2.0: "x"}[2], {"2": "s"}.get(2))
counts = {}
for v in [1, 1.0, True, 2, 2.0, 3]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(hash("abc") == hash("abc"), hash("") , hash(0.0))
