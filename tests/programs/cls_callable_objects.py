# __call__: objects used as functions, stateful callables, callable().
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor


double = Multiplier(2)
triple = Multiplier(3)
print(double(5), triple(5), double("ab"), double.calls)
print(list(map(double, [1, 2, 3])), double.calls)
print(sorted([3, -1, 2], key=Multiplier(-1)))
print(callable(double), callable(Multiplier), callable(5), callable(print), callable("x"))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0

    def __call__(self, *args):
        if args not in self.cache:
            self.misses += 1
            self.cache[args] = self.fn(*args)
        return self.cache[args]


@Memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(10, 10), grid_paths.misses, len(grid_paths.cache), type(grid_paths).__name__)


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, value=1, *, reset=False):
        if reset:
            self.total = 0
        self.total += value
        return self.total


acc = Accumulator()
acc()
acc(10)
print(acc(), acc(5, reset=True), acc(value=2))
try:
    acc(1, 2)
except TypeError as e:
    print("TypeError:", e)


# Instances of a class with __call__ in a dispatch table.
class Op:
    def __init__(self, symbol, fn):
        self.symbol = symbol
        self.fn = fn

    def __call__(self, a, b):
        return self.fn(a, b)

    def __repr__(self):
        return f"Op({self.symbol})"


table = {o.symbol: o for o in [Op("+", lambda a, b: a + b), Op("*", lambda a, b: a * b), Op("-", lambda a, b: a - b)]}
expr = [("+", 2, 3), ("*", 4, 5), ("-", 1, 10)]
print([table[s](a, b) for s, a, b in expr], list(table.values()))


# Calling a non-callable instance.
class Thing:
    pass


try:
    Thing()()
except TypeError as e:
    print("TypeError:", e)
