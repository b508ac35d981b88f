# Set algebra with methods and operators.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a.union(b), a.union([10], (11,)))
print(a & b, a.intersection(b), a.intersection(b, {5}))
print(a - b, a.difference(b), b - a)
print(a ^ b, a.symmetric_difference(b))
print(a.issubset(a | b), {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a)
print(a.issuperset({1, 2}), a.isdisjoint({9, 10}), a.isdisjoint(b))
c = set(a)
c |= {100}
c &= {1, 2, 100, 999}
print(c)
c ^= {2, 3}
print(c)
c -= {3}
print(c)
d = {"x", "y"}
d.update(["z"], "w")
print(sorted(d))
d.intersection_update({"x", "z", "q"})
print(sorted(d))
d.difference_update({"x"})
print(d)
d.symmetric_difference_update({"z", "new"})
print(d)
e = set()
print(e, len(e), bool(e), set() == frozenset(), {1} == frozenset({1}))
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 5})
print(hash(frozenset()) == hash(frozenset()), frozenset({1, 2}) in {frozenset({2, 1})})
try:
    print(a + b)
except TypeError as e:
    print("TypeError:", e)
