# reprlib.recursive_repr on a class and on a list subclass: cycles print the fill value,
# the wrapper keeps the name and qualname, and an exception leaves the object printable.
import reprlib

class Tree:
    def __init__(self, v): self.v, self.kids = v, []
    @reprlib.recursive_repr()
    def __repr__(self): return f"Tree({self.v}, {self.kids})"

class Ring(list):
    @reprlib.recursive_repr(fillvalue="<ring>")
    def __repr__(self):
        return "Ring(" + ", ".join(repr(x) for x in self) + ")"

a = Tree(1); b = Tree(2); a.kids.append(b); b.kids.append(a)
print(a, [a, b], str(b), f"{a!r}")
r = Ring([1, 2]); r.append(r); r2 = Ring([r])
print(r, r2, repr(Ring()))
print(Tree.__repr__.__name__, Tree.__repr__.__qualname__, hasattr(Tree.__repr__, "__wrapped__"))
class Bad:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise ValueError("no repr")
try:
    repr(Bad())
except ValueError as e:
    print("ValueError:", e)
try:
    repr(Bad())
except ValueError as e:
    print("ValueError again:", e)
