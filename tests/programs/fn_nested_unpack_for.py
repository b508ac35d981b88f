# Nested unpacking in for loops, enumerate and zip, dict.items(), and starred loop targets.
students = [("ann", (90, 85)), ("bob", (70, 95)), ("cy", (88, 88))]
for name, (math, art) in students:
    print(f"{name}: math={math} art={art} mean={(math + art) / 2}")

for i, (name, (m, _)) in enumerate(students, start=1):
    print(i, name.upper(), m)

grid = {(0, 0): "start", (2, 3): "goal", (1, 1): "wall"}
for (r, c), label in sorted(grid.items()):
    print(f"row {r} col {c}: {label}")

records = [("x", 1, 2, 3), ("y", 4), ("z",)]
for tag, *values in records:
    print(tag, values, sum(values))

for first, *_, last in ["abc", "de", [1, 2, 3, 4]]:
    print(first, last)

pairs = list(zip("abc", range(3), [True, False, True]))
for letter, (num, flag) in zip("ABC", [(n, f) for _, n, f in pairs]):
    print(letter, num, flag)

matrix = [[(1, 2), (3, 4)], [(5, 6), (7, 8)]]
total = 0
for row in matrix:
    for (a, b) in row:
        total += a * b
print("dot sum", total)
print([a + b for row in matrix for a, b in row])

# Unpacking into attributes and subscripts as loop targets.
class Acc:
    pass

acc = Acc()
slots = [0, 0]
for acc.value, slots[0] in [(1, "a"), (2, "b")]:
    pass
print(acc.value, slots)

d = {}
for k, d[k] in [("p", 1), ("q", 2)]:
    pass
print(d)

# A mismatched row fails in the middle of the loop.
rows = [(1, 2), (3, 4), (5, 6, 7)]
seen = []
try:
    for a, b in rows:
        seen.append(a + b)
except ValueError as e:
    print("ValueError:", e, "after", seen)

# Loop variables keep their last value after the loop.
for name, score in [("a", 1), ("b", 2)]:
    pass
print(name, score)
for unused in []:
    pass
try:
    print(unused)
except NameError as e:
    print("NameError:", e)
