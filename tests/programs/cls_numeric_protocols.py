# __new__ singletons and the numeric protocols: __index__ (indexing, range, hex), __int__, __float__, __abs__, __neg__, __round__, __reversed__, __len__ as truth.
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
a, b = Single(1), Single(2)
print(a is b, a.v)
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
    def __int__(self): return self.i * 10
    def __float__(self): return self.i / 2
    def __abs__(self): return abs(self.i)
    def __neg__(self): return Idx(-self.i)
    def __round__(self, n=None): return round(self.i + 0.4, n) if n else 99
    def __reversed__(self): return iter([3, 2, 1])
    def __len__(self): return 0
xs = [10, 20, 30]
print(xs[Idx(1)], int(Idx(2)), float(Idx(3)), abs(Idx(-4)), (-Idx(5)).i, round(Idx(1)), round(Idx(1), 1), list(reversed(Idx(0))), bool(Idx(7)), hex(Idx(255)), range(Idx(3))[-1])
