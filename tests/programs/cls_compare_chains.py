# Comparison chains over user objects keep the special methods' results; __bool__ errors propagate from bool() and chains.
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return f"lt{self.v}" if self.v < o.v else ""
    def __repr__(self): return f"V{self.v}"
a, b, c = V(1), V(2), V(3)
print(repr(a < b < c), repr(a < c < b), repr(b < a < c))
x = [1, 2]
y = x
print(x is y is not None, 1 < 2 < 3, 3 < 2 < 1)
d = {"k": 1}
k = "k" if len(d) else None
print(k in d in [d], 0 < len(d) <= 1)
class B:
    def __bool__(self): raise ValueError("no bool")
    def __eq__(self, o): return B()
try:
    print(B() == 1 == 2)
except ValueError as e:
    print("VE", e)
try:
    bool(B())
except ValueError as e:
    print("VE2", e)
