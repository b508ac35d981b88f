import pprint, sys, io
from collections import ChainMap, namedtuple
from types import SimpleNamespace
from contextlib import redirect_stdout
from dataclasses import dataclass

P = namedtuple("P", "x y")
pprint.pprint([P(i, i * i) for i in range(8)])
pprint.pprint(ChainMap({"a": 1, "b": list(range(20))}, {"c": 3}), width=40)
pprint.pprint(ChainMap(), width=4)
ns = SimpleNamespace(alpha=1, beta=list(range(25)), gamma="g" * 30)
pprint.pprint(ns, width=40)
class Name(str):
    pass
pprint.pprint([Name("hello world " * 8)])
class T(tuple):
    pass
pprint.pprint(T(range(30)))
buf = io.StringIO()
pprint.pprint({"k": list(range(30))}, stream=buf, width=30)
print(buf.getvalue().count("\n"), repr(buf.getvalue()[:40]))
pprint.pprint("to stderr", stream=sys.stderr)
f = io.StringIO()
with redirect_stdout(f):
    pprint.pprint(list(range(5)))
    pp = pprint.PrettyPrinter(width=10)
pp.pprint(["captured", "printer"])
print(repr(f.getvalue()))
pprint.pp([{"b": 2, "a": 1}] * 3, None, 1, 20)
print(isinstance(pp, pprint.PrettyPrinter))

@dataclass
class Node:
    val: int
    children: list

root = Node(1, [Node(2, []), Node(3, [Node(4, [])])])
root.children[0].children.append(root)
print("Recursion" not in pprint.pformat(root, width=30))
print(pprint.pformat(root, width=30).count("..."))
print(pprint.pformat(Node(1, [Node(2, list(range(20)))]), width=30))

@dataclass(repr=False)
class NoRepr:
    a: int
    def __repr__(self):
        return "NoRepr<" + "z" * 80 + ">"
pprint.pprint(NoRepr(1))
@dataclass
class Own:
    a: int
    def __repr__(self):
        return "Own<" + "z" * 80 + ">"
pprint.pprint([Own(1)])
print(pprint.pformat({(1, 2): [3, 4], (0, 5): "x"}, width=12))
print(pprint.pformat({True: 1, 0.5: 2, 2: 3}))
print(pprint.saferepr([1, "two", 3.0, None, True, b"x", (4,)]))
print(pprint.isreadable(set()), pprint.isreadable({1, 2}), pprint.isreadable(object()))
print(pprint.pformat([[[[[]]]]], depth=2), pprint.pformat({"a": {}}, depth=1), pprint.pformat([{}], depth=1))
print(pprint.pformat(("é" * 50 + " ") * 3, width=60))
print(pprint.pformat("tab\there\tand\tthere " * 8, width=30))
print(pprint.pformat(["x\ny\n", "a" * 100], width=20))
try:
    pprint.pformat([1], 1, 80, None, True)
except TypeError as e:
    print(e)
try:
    pprint.pprint()
except TypeError as e:
    print(e)
try:
    pprint.pformat([1], bogus=1)
except TypeError as e:
    print(e)
pprint.pprint(pprint.pformat(list(range(30)), width="20"))
fmt = pprint.PrettyPrinter(width=20).pformat
print(fmt(list(range(10))))
pprint.pprint(PrettyPrinter := None)
pprint.pformat([1], depth=-1)
