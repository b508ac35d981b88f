# add, remove, discard, pop, clear, copy on sets.
s = {3, 1, 2}
s.add(2)
s.add(10)
print(s, len(s))
s.remove(1)
s.discard(99)
s.discard(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p, s)
t = s.copy()
t.add("new")
print(s, len(t))
t.clear()
print(t)
try:
    t.pop()
except KeyError as e:
    print("KeyError:", e)
alias = s
alias.add(42)
print(s is alias, 42 in s)
seen = set()
dupes = []
for v in [4, 8, 15, 16, 23, 42, 8, 4, 4]:
    if v in seen:
        dupes.append(v)
    else:
        seen.add(v)
print(seen, dupes)
order = []
q = {5, 17, 33, 1}
while q:
    order.append(q.pop())
print(order)
fs = frozenset({1, 2})
print(fs | {3}, fs, len(fs))
