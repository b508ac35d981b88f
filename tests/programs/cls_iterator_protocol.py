# __iter__ and __next__: iterator classes, exhaustion, re-iterable containers.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


cd = Countdown(3)
print(list(cd))
print(list(cd))          # an iterator is exhausted after one pass
cd2 = Countdown(5)
print(next(cd2), next(cd2))
for x in cd2:
    print("rest", x)
print(next(cd2, "done"))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", repr(e), e.args)


class Range2D:
    """A re-iterable container: each __iter__ returns a fresh iterator."""

    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        return Range2DIter(self)


class Range2DIter:
    def __init__(self, owner):
        self.owner = owner
        self.r = 0
        self.c = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.r >= self.owner.rows:
            raise StopIteration
        item = (self.r, self.c)
        self.c += 1
        if self.c == self.owner.cols:
            self.c = 0
            self.r += 1
        return item


r = Range2D(2, 3)
print(list(r))
print(len(list(r)), sum(a * b for a, b in r))
print([p for p in r if p[0] == p[1]])
it = iter(r)
print(next(it), next(it), iter(it) is it)
print(dict(zip(r, "abcdef")))
print(max(r), sorted(r, reverse=True)[:2])


# A generator-based __iter__.
class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


print(list(Fib(100)), 21 in Fib(100), 22 in Fib(100))
print(list(zip(Fib(10), Countdown(10))))
print(*Fib(20), sep=",")
x, y, *rest = Fib(30)
print(x, y, rest)


# __iter__ returning a non-iterator is a TypeError.
class Broken:
    def __iter__(self):
        return [1, 2]


try:
    for _ in Broken():
        pass
except TypeError as e:
    print("TypeError:", e)
