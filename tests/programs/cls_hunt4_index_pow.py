# Sequence repetition takes a user __index__; three-argument pow dispatches to __pow__.
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
n = Num(3)
print("ab" * n, n * "x" if hasattr(Num, "__mul__") else "", [0] * Num(2), (1, 2) * n, Num(2) * [7])
try:
    "ab" * 2.5
except TypeError as e:
    print("TE", e)
class BadIndex:
    def __index__(self): return "no"
try:
    [1] * BadIndex()
except TypeError as e:
    print("TE", e)

class F:
    def __init__(self, v): self.v = v
    def __pow__(self, e, mod=None): return ("pow", self.v, e, mod)
    def __rpow__(self, b): return ("rpow", b, self.v)
f = F(-7)
print(pow(f, 2, 5), f ** 3, 2 ** f, pow(f, 2), pow(3, 4, 5), pow(-2, 3, 7))
class NoPow: pass
try:
    pow(NoPow(), 2, 3)
except TypeError as e:
    print("TE", e)
