# collections.defaultdict with factories whose values inference types (int, float, str,
# list, set, dict, tuple, bool, `lambda: literal`), next to ones it leaves dynamic.
from collections import defaultdict


def counting(words):
    counts = defaultdict(int)
    for w in words:
        counts[w] += 1
    print(counts["zzz"], len(counts), "zzz" in counts, "qqq" in counts, counts.get("qqq"))
    print(counts)
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
    print(type(counts).__name__, isinstance(counts, dict), isinstance(counts, defaultdict))
    print(dict(counts) == counts, counts == {"a": 1}, list(counts)[:4], bool(counts))
    return counts


c = counting("the cat and the hat and the bat ünï ünï".split())
print(c.pop("the"), c.pop("nope", -1), c.setdefault("new", 5), c.setdefault("cat", 9))
c.update({"cat": 10, "dog": 2})
c.update([("eel", 3)])
print(sorted(c.keys()), sum(c.values()), max(c.values()))
d2 = c.copy()
d2["cat"] += 100
print(type(d2).__name__, d2["cat"], c["cat"], d2 is c, d2 == c)
del c["dog"]
try:
    del c["dog"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(int)), str(defaultdict(float, )))


def graph(edges):
    adj = defaultdict(list)
    seen = defaultdict(bool)
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    order = []
    stack = [edges[0][0]]
    while stack:
        n = stack.pop()
        if seen[n]:
            continue
        seen[n] = True
        order.append(n)
        for m in sorted(adj[n], reverse=True):
            if not seen[m]:
                stack.append(m)
    print(order, dict(adj), len(seen), adj[99], 99 in adj)
    return adj


g = graph([(1, 2), (2, 3), (1, 4), (4, 5), (-6, 5)])
print(g)


def groups():
    by_len = defaultdict(set)
    firsts = defaultdict(str)
    totals = defaultdict(float)
    pairs = defaultdict(tuple)
    flags = defaultdict(lambda: -1)
    bags = defaultdict(lambda: [])
    nested = defaultdict(dict)
    for i, w in enumerate(["apple", "bob", "cat", "dune", "eel", "fig", "ab"]):
        by_len[len(w)].add(w)
        firsts[w[0]] += w
        totals[len(w) % 2] += 0.5 * i
        pairs[w[0]] += (i,)
        flags[w] += i
        bags[len(w)].append(i * i)
        nested[len(w)][w] = i
    print(sorted((k, sorted(v)) for k, v in by_len.items()))
    print(firsts, totals, pairs)
    print(flags["nobody"], dict(flags), type(flags.default_factory).__name__)
    print(dict(bags), nested)


groups()


def mixed_values():
    d = defaultdict(int)
    d["a"] += 1
    d["b"] += 0.5
    d["c"] = "text"
    d[(1, 2)] = None
    return d


print(mixed_values())


def no_factory():
    d = defaultdict(None)
    d["x"] = 1
    try:
        d["y"]
    except KeyError as e:
        print("KeyError:", repr(e))
    f = defaultdict(int)
    f.default_factory = None
    try:
        f[1]
    except KeyError as e:
        print("KeyError:", e)
    print(d, f)


no_factory()


class Index:
    def __init__(self):
        self.words = defaultdict(list)

    def add(self, line_no, line):
        for w in line.split():
            self.words[w.lower()].append(line_no)

    def lookup(self, w):
        return self.words[w]


idx = Index()
for i, line in enumerate(["The fox", "the dog", "A fox and the dog"]):
    idx.add(i, line)
print(idx.lookup("the"), idx.lookup("cow"), sorted(idx.words))


def changed_during_iteration():
    d = defaultdict(int)
    d[1] += 1
    try:
        for k in d:
            d[k + 1] += 1
    except RuntimeError as e:
        print("RuntimeError:", e)


changed_during_iteration()


def helper(dd, k):
    dd[k] += 10
    return dd


big = defaultdict(int)
for i in range(5):
    helper(big, i % 2)
big[2] += 10**30
print(big, big[2] * -1, [helper(big, 7)[7]])
keys = defaultdict(int)
keys[1] += 1
keys[True] += 1
keys[-0] += 1
print(keys, defaultdict(list) == {}, len(defaultdict(set)))
print(defaultdict(int, {1: 2}), defaultdict(list, a=[1]))
k = defaultdict(int)
print(k[()], k)
k[[1]] += 1
