# collections.Counter: counting, most_common's tie order, arithmetic, comparisons, repr.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(3), c.most_common(0), c.most_common(-1))
print(c["a"], c["zz"], "zz" in c, len(c))
c["zz"] += 2
c["b"] -= 2
print(c, c.total())
del c["nope"]
del c["zz"]
print(c, sorted(c.elements()))
print(list(c.elements()))

w = Counter(["x", "y", "x", "z", "y", "x"])
w.update(["y", "q"])
w.update({"x": 10, "new": 1})
w.update(z=5)
print(w)
w.subtract(["x", "x"])
w.subtract({"q": 3})
w.subtract(y=1)
print(w)
print(+w, -w)

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, b - a, a | b, a & b)
print(a == b, a == Counter(a=3, b=1), Counter(a=1, b=0) == Counter(a=1), a != b)
print(Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) >= Counter(a=1, b=0))
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))

x = Counter(a=2, b=3)
y = x
x += Counter(a=1, c=-5)
print(x, y is x, y)
x -= Counter(b=10)
print(x)
x |= Counter(a=7, q=1)
print(x)
x &= Counter(a=2, q=5)
print(x)

print(Counter(), Counter({"k": 2, "j": 5}), Counter(a="x", b=1))
m = Counter({"k": 2, "j": 5})
m2 = m.copy()
m2["k"] = 100
print(m, m2, dict(m), list(m), list(m.keys()), list(m.values()), sorted(m.items()))
print(m.get("k"), m.get("nope"), m.get("nope", 7), m.pop("k"), m, m.setdefault("j", 0))
print(isinstance(m, dict), type(m).__name__)
print(Counter("mississippi").most_common(2))
print(Counter([3, 1, 3, 2, 1, 3]).most_common())
print(Counter({1: 2, 2: 2, 3: 2}).most_common(1))
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = Counter(words)
for word, n in counts.most_common(3):
    print(word, n)
print(sum(counts.values()), max(counts), min(counts.values()))
cc = Counter()
for ch in "hello world":
    cc[ch] += 1
print(cc)

for i in range(7):
    try:
        if i == 0:
            print(Counter(a=1) + {"a": 1})
        elif i == 1:
            print(hash(Counter()))
        elif i == 2:
            Counter(1, 2)
        elif i == 3:
            Counter(5)
        elif i == 4:
            print(Counter(a=1) < {"a": 2})
        elif i == 5:
            Counter("ab").foo()
        elif i == 6:
            print(Counter("ab").most_common("x"))
    except Exception as e:
        print(i, type(e).__name__, e)
