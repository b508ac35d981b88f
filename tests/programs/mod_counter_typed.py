# collections.Counter counting the items of iterables (typed), next to the mapping,
# keyword and arithmetic forms (dynamic).
from collections import Counter


def word_counts(text):
    c = Counter(text.split())
    print(c.most_common(3), c.most_common(), c["the"], c["absent"], "absent" in c, len(c))
    c.update(["the", "zebra", "zebra"])
    c.update("ab")
    print(c)
    print(c.get("zebra"), c.get("nope"), c.get("nope", 0), sorted(c.keys())[:3], sum(c.values()))
    print(type(c).__name__, isinstance(c, dict), isinstance(c, Counter), repr(Counter()))
    for w, n in sorted(c.items()):
        if n > 1:
            print(w, n, end="; ")
    print()
    return c


c = word_counts("the quick brown fox jumps over the lazy dog the end ünï ünï")
d = c.copy()
d["the"] += 10
d["new"] -= 2
print(type(d).__name__, d["the"], c["the"], d == c, d["new"], d)
del d["new"]
print(d.pop("quick"), d.pop("quick", None), d.setdefault("x", 7), d.most_common(2))


def anagrams(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())


print(anagrams("Dormitory", "dirty room"), anagrams("abc", "abd"), anagrams("", ""))


def counting_loop(n):
    c = Counter()
    for i in range(n):
        c[i % 7] += 1
        c[(i * i) % 5] += 2
    return c.most_common(4), c[100], len(c)


print(counting_loop(1000))
print(Counter(x % 3 for x in range(10)), Counter((1, 1, 2)), Counter(range(3)), Counter([]))
print(Counter({"a": 3, "b": -1}), Counter(a=2, b=0), Counter("aab") + Counter("bcc"))
print(Counter("aab") - Counter("abb"), Counter("aab") & Counter("ab"), Counter("ab") | Counter("bbc"))
print(Counter(a=1) == Counter(a=1, b=0), Counter("ab") <= Counter("aab"), +Counter({"a": -1, "b": 2}))
e = Counter("hello world")
print(sorted(e.elements())[:5], e.total(), e.most_common(1)[0][0])
e.subtract("lll")
print(e["l"], e)
f = Counter(["x", "y", "x"])
f.update({"x": 10})
print(f)
g = Counter([(1, 2), (1, 2), (3,)])
print(g, g[(1, 2)])
big = Counter()
big["k"] += 10**25
print(big, big["k"] // 10**24)
h = Counter("abc")
h["a"] = 2.5
print(h, h.most_common(1))
try:
    print(Counter([[1]]))
except TypeError as ex:
    print("TypeError:", ex)
print({Counter("a")})
