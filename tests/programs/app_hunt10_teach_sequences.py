# A "teaching" walkthrough of sequences, slicing, copying and identity
import copy
a = list(range(10))
print(a[2:8:2], a[::-1], a[-3:], a[:-3], a[8:2:-2], a[::-3], a[100:], a[-100:2], a[5:5])
b = a[:]
b[1:4] = ["x"]
print(b, len(b))
b[::2] = "ABCD"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del b[::3]
print(b)
c = a
c += [10]
print(a is c, len(a), a[-1])
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t += (5,)
    print(t)
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e, t)
nested = [[0] * 3] * 2
nested[0][0] = 1
print(nested)
good = [[0] * 3 for _ in range(2)]
good[0][0] = 1
print(good)
orig = {"k": [1, 2], "n": {"deep": [3]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["k"].append(99)
orig["n"]["deep"].append(100)
print(sh, dp, sh["k"] is orig["k"], dp["k"] is orig["k"])
s = "abcdefghij"
print(s[1:9:3], s[::-1][::2], s[-1:-4:-1], s[3::-1], "".join(reversed(s[:3])), s[len(s):], s[:0])
print(list(range(10, 0, -3)), range(10)[3:7], range(0, 20, 3)[::-1], len(range(5, -5, -2)), 7 in range(1, 10, 3), range(5).index(3))
r = range(3, 30, 4)
print(r[2], r[-1], r[1:3], list(r[::2]), r.count(7), sum(r), min(r), max(r), reversed(r).__class__.__name__)
print([1, 2] * 3, [None] * 2, (1,) * 3, [] * 5, [[]] * 2, "-" * 10)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [3] > [2, 99], () < (0,), "abc" < "abd" < "b")
print(sorted([[3, 1], [1, 2], [3, 0], [1]]), max([[1, 2], [1, 2, 0]]), min("bca"), max("hello", key=ord))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print("TypeError:", e)
lst = [5, 3, 8, 1]
lst.sort(reverse=True)
print(lst, lst.index(8), lst.count(3), lst.pop(), lst.pop(0), lst, lst.insert(1, 7), lst, lst.remove(7), lst)
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    lst.index(42)
except ValueError as e:
    print("ValueError:", e)
lst.extend(range(3))
lst.reverse()
print(lst, lst.copy() == lst, lst.copy() is lst, list(reversed(lst)), lst.clear(), lst)
words = "the rain in spain stays mainly in the plain".split()
print(sorted(set(words)), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), words.count("in"))
print({w: words.count(w) for w in words}, dict.fromkeys("abc", 0), dict(zip("xyz", range(3))), dict([("a", 1)], b=2))
d = {}
for w in words:
    d.setdefault(w[0], []).append(w)
print(d, list(d), list(d.values())[0], d.get("z", "none"), "t" in d, len(d))
for k in list(d):
    if len(d[k]) < 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s1, s1.isdisjoint({9}), s1.issuperset([1, 2]))
s1.discard(99); s1.add(0); s1 -= {1}
print(s1, s1.pop(), s1, {x % 3 for x in range(10)}, set("mississippi"), sorted(set("mississippi")))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y, x is y, [1, 2] == [1, 2], [1, 2] is [1, 2] if False else "-", id(x) == id(x), None is None)
print(a.__len__(), "abc".__contains__("b"), [1].__class__.__name__, type(None).__name__)
first, *middle, last = "hello"
print(first, middle, last)
(p, q), r2 = (1, 2), 3
print(p, q, r2)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print(a[11])
