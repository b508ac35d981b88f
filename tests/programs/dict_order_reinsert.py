# Dict order survives deletion (via pop) and re-insertion goes to the end.
d = {}
for k in ["one", "two", "three", "four", "five"]:
    d[k] = len(k)
print(d)
d.pop("two")
print(d)
d["two"] = 2
print(d)
d["one"] = 1
print(d, list(d))
d.pop("one")
d.pop("five")
d["five"] = 5
d["one"] = 1
print(d)
n = {}
for i in range(20):
    n[i] = i * i
for i in range(0, 20, 2):
    n.pop(i)
for i in range(0, 20, 4):
    n[i] = -i
print(n)
print(list(n.keys())[:5], list(n.values())[-3:])
k, v = n.popitem()
print(k, v)
print(n.popitem(), len(n))
