import pprint
from pprint import pformat, pp, saferepr, isreadable, isrecursive, PrettyPrinter
from collections import Counter, defaultdict, OrderedDict, deque
from dataclasses import dataclass, field

data = {"name": "molt", "version": (1, 2, 3), "tags": ["compiler", "python", "rust"],
        "nested": {"a": [1, 2, {"b": (3, 4)}], "c": {5, 3, 1}, "d": frozenset({9, 8})},
        "long": list(range(40)), 3: "int key", "empty": {}, "el": [], "et": (), "one": (1,)}
pprint.pprint(data, sort_dicts=False)
pprint.pprint(data)
for w in (10, 20, 40, 60, 120):
    print(pformat(data, width=w))
print(pformat(data, indent=4, width=30))
print(pformat(data, depth=1))
print(pformat(data, depth=2, width=30))
print(pformat(list(range(60)), compact=True, width=40))
print(pformat([[1, 2, 3]] * 8, compact=True, width=25))
print(pformat([["x" * 10] * 3] * 3, compact=True, width=30, indent=3))
s = "The quick brown fox jumps over the lazy dog. " * 5
pprint.pprint(s)
pprint.pprint([s, {"k": s}], width=50)
pprint.pprint("line one\nline two is longer than the rest of it\n" * 3, width=30)
pprint.pprint("ünïcödé wörds ärë hërë " * 6, width=40)
pprint.pprint("nospacesatallinthisverylongstringnospacesatallinthisverylongstring" * 2, width=40)
pprint.pprint(("a" * 30, "b" * 30, "c" * 30))
pprint.pprint({"x" * 50: "y" * 50})
pprint.pprint(b"\x00\x01binary data that is quite long indeed " * 3)
pprint.pprint([bytearray(b"abcdefghij" * 10)], width=40)
pprint.pprint(1234567890123, underscore_numbers=True)
pprint.pprint([10**20, 12345, -1000000], underscore_numbers=True)
print(pformat({1: 2, "a": 3, None: 4, 2.5: 5, (1, 2): 6}))
print(pformat({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, width=10))
pp({"b": 1, "a": 2, "c": list(range(30))})
pp({"b": 1, "a": 2, "c": list(range(30))}, sort_dicts=True)
c = Counter("abracadabra alakazam zzz")
pprint.pprint(c, width=30)
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry cranberry".split():
    dd[w[0]].append(w)
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int))
od = OrderedDict((str(i), i * i) for i in range(12))
pprint.pprint(od, width=40)
pprint.pprint(OrderedDict())
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=25), width=40)

@dataclass
class Point:
    x: int
    y: int
    label: str = "origin"
    hidden: list = field(default_factory=list, repr=False)

@dataclass
class Shape:
    name: str
    points: list

sh = Shape("triangle", [Point(0, 0), Point(10, 0, "right corner"), Point(5, 8, "apex")])
pprint.pprint(sh)
pprint.pprint(sh, width=40)
pprint.pprint([Point(1, 2)] * 5)

class Custom:
    def __repr__(self):
        return "Custom(" + "x" * 90 + ")"
pprint.pprint([Custom(), 1])

class MyList(list):
    pass
class MyDict(dict):
    pass
pprint.pprint(MyList(range(35)))
pprint.pprint(MyDict(zip("abcdefghijklmnop", range(16))))
print(saferepr({"b": [1, 2], "a": (3,)}))
r = [1, 2]
r.append(r)
print(isrecursive(r), isreadable(r), isrecursive([1, [2]]), isreadable([1, [2]]))
print(isreadable(Custom()), isreadable({1: "a"}), isreadable(3.5))
print("Recursion on list with id=" in saferepr(r))
d = {}
d["self"] = d
print("Recursion on dict" in pformat(d))
p = PrettyPrinter(indent=2, width=30, compact=True)
print(p.pformat(list(range(25))))
print(p.isrecursive(r), p.isreadable([1, 2]))
p.pprint({"k": list(range(20))})
print(PrettyPrinter(depth=2).pformat([1, [2, [3, [4]]]]))
print(pformat([1, [2, [3, [4]]]], depth=3))
print(pformat(set(range(30)), width=30))
print(pformat(frozenset(range(30)), width=30))
print(pformat({1: {2: {3: {4: {5: "deep"}}}}}, width=15))
print(pformat(""), pformat([""], width=1), pformat("a b", width=1))
print(pformat(["abc def ghi"], width=5))
for bad in ({"indent": -1}, {"width": 0}, {"depth": 0}):
    try:
        PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
print(pprint.pformat({1j: 1, "a": 2, 3: 4}))
print(pformat({"a": 1, 2: "b", None: 0}))
pprint.pprint({"z": {"y": {"x": 1}}}, indent=0, width=5)
pprint.pprint(PrettyPrinter(width=-5).pformat([1, [2, 3]]))
pprint.pprint(list(range(10)), width=1)
class Bad:
    def __repr__(self):
        raise RuntimeError("bad repr")
pprint.pprint([1, 2, Bad()], width=5)
