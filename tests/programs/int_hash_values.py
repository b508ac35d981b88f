# hash() of ints is deterministic: modulo 2**61 - 1, and hash(-1) == -2.
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 5, -(2 ** 61), 10 ** 30, -(10 ** 30), 2 ** 64]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1.0), hash(0.5), hash(-1.0))
print(hash(1) == hash(1.0) == hash(True))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, False, 0.0}
print(s, len(s))
