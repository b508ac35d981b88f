# __format__ in f-strings (also with an empty spec), str.format and %; deepcopy and asdict of nested dataclasses; generator methods.
import copy, json
from dataclasses import dataclass, asdict, field
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)
root = Node("root", [Node("a", [Node("a1")]), Node("b")])
for d, n in root.walk():
    print("  " * d + n.name)
print(json.dumps(asdict(root)))
r2 = copy.deepcopy(root)
r2.children[0].name = "changed"
print(root.children[0].name, r2.children[0].name, root == r2, root == copy.deepcopy(root))
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
    def __str__(self): return f"{self.c}C"
t = Temp(21.5)
print(f"{t}", f"{t:.1F}", f"{t:>8.2f}", "{:.0F}".format(t), str(t), format(t))
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError:", e)
print(*[Temp(1), Temp(2)], sep=" | ")
print(", ".join(n.name for _, n in root.walk()))
objs = {Temp(1): "x"}
print(len(objs), [type(k).__name__ for k in objs])
print("{} {!s} {:}".format(t, t, t), "%s" % t)
class Plain:
    def __str__(self): return "plain"
print(f"{Plain()}|{Plain()!r:.3}|{3}|{'s'}|{None}|{[1, 'a']}")
