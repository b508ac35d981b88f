# Assignment expressions (:=): in if/while tests, comprehensions (binding the enclosing scope), lambdas, functions; a NameError raised in value position.
import re
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
total = 0
i = 0
while (x := data[i] if i < len(data) else None) is not None:
    total += x
    i += 1
print(total, x)
evens = [y for v in data if (y := v * 2) > 6]
print(evens, y)
def f(s):
    if (m := re.match(r"(\d+)-(\d+)", s)):
        return int(m.group(1)) + int(m.group(2))
    return m
print(f("3-4"), f("zz"))
g = lambda q: (z := q + 1) * z
print(g(3))
print([last := k for k in range(4)], last)
acc = [(s := 0)] + [s := s + k for k in range(1, 5)]
print(acc, s)
def h():
    vals = []
    for k in range(3):
        if (sq := k * k) > 0:
            vals.append(sq)
    return vals, sq
print(h())
try:
    print(undefined_name_here)
except NameError as e:
    print("NameError:", e)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print(data, chunk)
