from collections import Counter, defaultdict, OrderedDict, deque
import collections
import copy
import json


class Inventory(Counter):
    def restock(self, **items):
        self.update(items)
        return self

    def low(self, threshold=2):
        return sorted(k for k, v in self.items() if v <= threshold)


inv = Inventory(apples=3, pears=1)
inv.restock(apples=2, kiwis=1)
inv["plums"] += 4
print(inv, inv.low(), inv["missing"], len(inv), inv.total(), sorted(inv.elements())[:3])
print(isinstance(inv, Counter), isinstance(inv, dict), isinstance(inv, Inventory), issubclass(Inventory, Counter), issubclass(Inventory, dict))
print(inv + Counter(apples=1), inv - Counter(apples=10), type(inv + inv).__name__)
c2 = inv.copy()
print(type(c2).__name__, c2 == inv, c2 is inv)
inv -= Counter(plums=1)
print(inv, type(inv).__name__)
inv.subtract({"kiwis": 5})
print(inv.most_common(2), inv["kiwis"], dict(inv))
print(json.dumps(inv, sort_keys=True), list(inv), "apples" in inv)
del inv["kiwis"]
print(inv, inv == Counter(apples=5, pears=1, plums=3))


class Graph(defaultdict):
    def __init__(self, edges=()):
        super().__init__(set)
        for a, b in edges:
            self[a].add(b)
            self[b]

    def degree(self, n):
        return len(self[n])


g = Graph([(1, 2), (1, 3), (2, 3)])
print(g, g.degree(1), g.degree(9), sorted(g), g.default_factory)
g2 = copy.copy(dict(g))
g2[5] = {6}
print(5 in g, type(g2).__name__)
print(repr(Graph()), isinstance(g, defaultdict), dict(g) == {1: {2, 3}, 2: {3}, 3: set(), 9: set()})


class Counting(defaultdict):
    def __missing__(self, key):
        print("  missing", key)
        return super().__missing__(key)


cd = Counting(int)
cd["x"] += 1
cd["x"] += 1
print(cd, cd.get("y"), cd.default_factory is int)
cd.default_factory = list
cd["z"].append(1)
print(cd)


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated()
lu["a"] = 1
lu["b"] = 2
lu["a"] = 3
print(lu, list(lu.keys()), lu.popitem(), lu.popitem(last=False) if lu else None, lu)
lu.update({"q": 1, "r": 2})
print(list(lu), type(lu.copy()).__name__, lu == OrderedDict([("q", 1), ("r", 2)]))


class BoundedLog(deque):
    def __init__(self, items=(), size=3):
        super().__init__(items, maxlen=size)

    def add(self, msg):
        self.append(f"[{len(self)}] {msg}")
        return self

    def __repr__(self):
        return "Log(" + ", ".join(self) + ")"


log = BoundedLog(["start"])
log.add("a").add("b").add("c")
print(log, len(log), log.maxlen, log[0], log[-1], list(reversed(log))[0])
log.appendleft("first")
print(log, log.pop(), log.popleft(), list(log))
log.rotate(1)
print(list(log), log.count("[2] c"), isinstance(log, deque), isinstance(log, collections.deque))
plain = BoundedLog([1, 2, 3, 4], size=2)
print(list(plain), plain.maxlen, plain == deque([3, 4]), bool(BoundedLog()), 3 in plain)


class Stack(deque):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
for i in range(4):
    s.push(i * i)
print(s, s.peek(), s.pop(), s, len(s), s.maxlen, type(s.copy()).__name__)
s += [100, 200]
print(s, list(s)[-1], sum(s))
s[0] = -1
del s[1]
print(s, s.index(100))
