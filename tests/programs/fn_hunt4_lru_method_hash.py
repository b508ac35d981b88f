import functools

class Fib:
    def __init__(self, base):
        self.base = base
    def __hash__(self):
        return hash(self.base)
    def __eq__(self, other):
        return isinstance(other, Fib) and self.base == other.base
    @functools.lru_cache(maxsize=None)
    def fib(self, n):
        print("computing", n)
        if n < 2:
            return n + self.base
        return self.fib(n - 1) + self.fib(n - 2)

f = Fib(0)
print(f.fib(10))
print(f.fib(10))
print(Fib.fib.cache_info())
g = Fib(1)
print(g.fib(3))
print(Fib.fib.cache_info())
Fib.fib.cache_clear()
print(Fib.fib.cache_info())

class Shape:
    def __init__(self, n):
        self.n = n
    @functools.cache
    def area(self):
        print("area of", self.n)
        return self.n * self.n
s = Shape(3)
print(s.area(), s.area())
print(Shape.area.cache_info())
