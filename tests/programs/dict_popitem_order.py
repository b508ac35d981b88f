# popitem is LIFO; dicts with int keys keep insertion (not sorted) order.
d = {}
for k in [5, -1, 3, 10 ** 20, 0, 2.5, "x", (1, 2)]:
    d[k] = str(k)
print(d)
while len(d) > 3:
    print("popped", d.popitem())
print(d)
d[5] = "again"
d[100] = "new"
print(d, list(d.values()))
squares = {}
for i in range(10, 0, -1):
    squares[i] = i * i
print(squares)
for i in [2, 4, 6]:
    squares.pop(i)
squares[4] = 16
print(list(squares.items())[-3:])
print(list(squares) == sorted(squares), sorted(squares.items(), reverse=True)[:2])
merged = {"a": 1, "b": 2}
merged.update({"b": 20, "c": 30})
merged.update(a=10)
print(merged)
print(dict(merged, z=0), merged == dict(a=10, b=20, c=30))
