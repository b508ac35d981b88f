# id() agrees with `is`: distinct live tuples, big ints and objects have distinct ids;
# names bound to one object share its id.
x = (1, 2)
y = tuple([1, 2])
print(x == y, x is y, id(x) == id(y))
t = (3, 4)
u = t
print(id(t) == id(u), t is u)
pairs = [(i, i) for i in range(3)]
print(len({id(p) for p in pairs}))
kept = pairs[1]
print(id(kept) == id(pairs[1]), id(kept) == id(pairs[2]))
n1 = 10 ** 20
n2 = int("100000000000000000000")
n3 = n1
print(n1 == n2, n1 is n2, id(n1) == id(n2), n1 is n3, id(n1) == id(n3))
s1 = "ab" * 3
s2 = "".join(["ab", "ab", "ab"])
print(s1 == s2, s1 is s2, id(s1) == id(s2))
small = 5
small2 = int("5")
print(small is small2, id(small) == id(small2))


class Node:
    def __init__(self, key):
        self.key = key


a, b = Node(tuple(range(1, 3))), Node(tuple(range(1, 3)))
print(id(a) == id(b), id(a.key) == id(b.key), a.key is b.key)
seen = {}
for obj in [x, y, t, u, a, b, a.key, b.key]:
    seen.setdefault(id(obj), []).append(obj if not isinstance(obj, Node) else obj.key)
print(len(seen), sorted(len(v) for v in seen.values()))
memo = {id(x): "x", id(y): "y"}
print(memo[id(x)], memo[id(y)])
e1 = ()
e2 = tuple([])
print(e1 is e2, id(e1) == id(e2))
