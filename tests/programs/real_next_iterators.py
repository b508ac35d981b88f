# next() on itertools objects (count, cycle, chain, ...) held in attributes and dicts, and on files.
import itertools
c = itertools.count()
print(next(c), next(c))
class A:
    def __init__(self):
        self.c = itertools.count(5)
        self.it = iter([1, 2])
        self.cy = itertools.cycle("ab")
a = A()
print(next(a.c), next(a.c), next(a.it), next(a.cy), next(a.cy), next(a.cy))
d = {"g": itertools.count(), "r": itertools.repeat(1), "z": zip("ab", "cd"), "m": map(str, [1])}
print(next(d["g"]), next(d["r"]), next(d["z"]), next(d["m"]), next(d["g"]))
import re, os
TMP = f"/tmp/molt_real_next_{os.getpid()}.txt"
with open(TMP, "w") as f:
    f.write("h1,h2\n1,2\n3,4\n")
with open(TMP) as f:
    header = next(f).strip().split(",")
    rows = [line.split(",") for line in f]
print(header, rows)
os.remove(TMP)
m = re.finditer(r"\d", "a1b2")
print(next(m).group(), next(m).group(), next(iter({"k": 1})), next(iter("xy")), next(reversed([1, 2])))
ch = itertools.chain([1], [2])
print(next(ch), list(ch), next(itertools.islice("abc", 1, None)), next(itertools.permutations([1, 2])))
print(next(itertools.product("ab", repeat=2)), next(enumerate("z")), next(filter(None, [0, 5])))
c2 = itertools.count(10)
print(next(c2), next(iter(c2)), list(zip(c2, "ab")))
