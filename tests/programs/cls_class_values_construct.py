# Classes reached from objects and called: `type(self)(...)`, `self.__class__(...)`, a
# classmethod's `cls(...)`, `__subclasses__()`, `__bases__`, `__mro__`. Each runs the
# `__init__` it finds with whatever arguments it is given, so typed constructor calls
# elsewhere (all with ints here) must not decide the parameters' types.


class P:
    def __init__(self, x):
        self.x = x

    def clone(self):
        return type(self)(self.x + 1)

    def relabel(self):
        return self.__class__(str(self.x) + "!")

    @classmethod
    def make(cls, v):
        return cls(v * 2)


p = P(1)
q = p.clone()
r = q.relabel()
s = P.make(2.5)
print(p.x, q.x, r.x, s.x, P.make("ab").x, p.x + 1)

