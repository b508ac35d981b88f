# collections.deque: construction, both ends, maxlen trimming, rotation, indexing,
# comparisons, operators and CPython's error messages.
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d[0], d[-1], d[2])
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
print(d.pop(), d.popleft(), d)
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d)
d.reverse()
print(d)
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "z")
d.insert(-100, "w")
print(d)
d.remove("x")
print(d, d.count(1), d.index(1), d.index(1, 2) if 1 in list(d)[2:] else "-")
d[1] = "one"
del d[0]
print(d)
d.clear()
print(d, len(d))

m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(-1)
print(m)
m.extend("abcd")
print(m)
m.extendleft([1, 2])
print(m)
z = deque([1, 2], maxlen=0)
z.append(3)
z.extend([4, 5])
print(z)
m2 = m.copy()
m2.append("q")
print(m, m2)

e = deque([1, 2, 3])
print(e == deque([1, 2, 3]), e == [1, 2, 3], e != deque([1, 2]))
print(e < deque([1, 2, 4]), e > deque([1, 2]), e <= deque([1, 2, 3]), e >= deque([2]))
print(e + deque([4]), e * 2, 2 * e, deque([1, 2], maxlen=3) * 3)
f = deque([1], maxlen=4)
f += [2, 3]
print(f)
f *= 3
print(f)
f += f
print(f)
g = deque("ab")
g *= 0
print(g)

r = deque([3, 1, 2])
print(sorted(r), list(reversed(r)), sum(r), max(r), min(r), list(r))
print(2 in r, 5 not in r, list(map(abs, r)))
print(repr(deque(["a", ("b",), [1]])), str(deque([1.5, None])))
nest = deque([1])
nest.append(nest)
print(nest)

for label, fn in [("pop", 0), ("popleft", 1), ("idx", 2), ("idx2", 3), ("remove", 4),
                  ("index", 5), ("insert", 6), ("maxlen", 7), ("add", 8), ("hash", 9),
                  ("key", 10), ("attr", 11), ("cmp", 12), ("rotate", 13), ("ctor", 14),
                  ("iter", 15), ("neg", 16), ("mul", 17)]:
    try:
        q = deque([1, 2, 3])
        if fn == 0:
            deque().pop()
        elif fn == 1:
            deque().popleft()
        elif fn == 2:
            print(q[3])
        elif fn == 3:
            print(q[-4])
        elif fn == 4:
            q.remove(9)
        elif fn == 5:
            q.index(9)
        elif fn == 6:
            deque([1], maxlen=1).insert(0, 2)
        elif fn == 7:
            deque([], -1)
        elif fn == 8:
            print(q + [1])
        elif fn == 9:
            print(hash(q))
        elif fn == 10:
            print(q["a"])
        elif fn == 11:
            q.foo()
        elif fn == 12:
            print(q < [1])
        elif fn == 13:
            q.rotate("a")
        elif fn == 14:
            deque([1], 2, 3)
        elif fn == 15:
            for x in q:
                q.append(x)
        elif fn == 16:
            print(-q)
        elif fn == 17:
            print(q * "a")
    except Exception as ex:
        print(label, type(ex).__name__, ex)
