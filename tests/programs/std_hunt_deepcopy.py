# Hunt: copy/deepcopy of nested objects (found: __deepcopy__ ignored, explicit memo refused, instance cycles).
import copy

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"

tree = Node(1, [Node(2, [Node(4)]), Node(3)])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 20
tree.children.append(Node(5))
print(shallow)
print(deep)
print(shallow.children is tree.children, deep.children is tree.children)
cfg = {"a": [1, 2, {"b": [3]}], "t": (1, [2]), "s": {1, 2}}
c1 = copy.copy(cfg)
c2 = copy.deepcopy(cfg)
cfg["a"][2]["b"].append(4)
cfg["t"][1].append(9)
print(c1, c2)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is cyc)
class Custom:
    def __init__(self, x):
        self.x = x
        self.log = []
    def __copy__(self):
        c = Custom(self.x)
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom(copy.deepcopy(self.x, memo))
        c.log = ["deep"]
        return c
o = Custom([1])
print(copy.copy(o).log, copy.deepcopy(o).log, copy.deepcopy(o).x is o.x)
from collections import OrderedDict, defaultdict, Counter, deque
dd = defaultdict(list, {"k": [1]})
dq = deque([[1], [2]], maxlen=3)
for obj in [dd, dq, OrderedDict(a=[1]), Counter("aab")]:
    d = copy.deepcopy(obj)
    print(type(d).__name__, d, d == obj)
print(copy.copy(dq).maxlen, copy.deepcopy((1, 2)) == (1, 2), copy.copy("s"), copy.deepcopy(None))
class Graph:
    def __init__(self):
        self.nodes = {}
        self.me = self
class GNode:
    def __init__(self, name):
        self.name = name
        self.edges = []
g = Graph()
a, b = GNode("a"), GNode("b")
a.edges.append(b)
b.edges.append(a)
g.nodes = {"a": a, "b": b}
g2 = copy.deepcopy(g)
print(g2.me is g2, g2.nodes["a"].edges[0] is g2.nodes["b"], g2.nodes["b"].edges[0] is g2.nodes["a"], g2.nodes["a"] is a)
class Tracked:
    def __init__(self, items):
        self.items = items
    def __deepcopy__(self, memo):
        new = Tracked(copy.deepcopy(self.items, memo))
        new.items.append("copied")
        return new
shared = [1]
t1 = Tracked(shared)
pair = copy.deepcopy([t1, shared, t1])
print(pair[0].items, pair[1], pair[0] is pair[2], pair[0].items is pair[1])
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, y1 == x, len(memo))
