# frozensets as dict keys and set members; set equality ignores order.
groups = {}
for word in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    key = frozenset(word)
    groups.setdefault(key, []).append(word)
for key in groups:
    print(sorted(key), groups[key])
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset(), frozenset({3})}
print(len(s), frozenset() in s, frozenset([2, 1]) in s)
print({1, 2, 3} == {3, 2, 1}, frozenset({1}) == {1}, {1, 2} != {1, 2, 3})
a = frozenset(range(5))
b = frozenset(range(3, 8))
print(a | b, a & b, a - b, a ^ b, a <= a | b)
