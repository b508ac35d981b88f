# Generator methods of typed classes called directly: typed arguments and items, the
# instance read at each resumption (not when the generator is made), overriding in
# subclasses, defaults, recursion through yield from, send, and errors.


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.visits = 0

    def row(self, y, scale=1):
        for x in range(self.w):
            self.visits += 1
            yield x * y * scale

    def cells(self):
        for y in range(self.h):
            yield from self.row(y)

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)


class WideGrid(Grid):
    def row(self, y, scale=10):
        for x in range(self.w * 2):
            yield -x - y * scale


g = Grid(3, 2)
print(list(g.row(2)), list(g.row(-1, 5)), g.visits)
r = g.row(1)
g.w = 5  # read when the generator first runs, not when it was made
print(list(r), g.visits)
print(sum(g.cells()), list(g)[:4])
w = WideGrid(2, 2)
for obj in [g, w]:
    print(type(obj).__name__, list(obj.row(1)), sum(obj.cells()))

total = 0
for y in range(4):
    for v in g.row(y):
        total += v
print(total, g.visits)


# Consumed on the spot: the receiver is evaluated before the arguments, and the consumer
# sees the instance the body mutates between items.
order = []


def make(w):
    order.append("recv")
    return Grid(w, 1)


def arg(v):
    order.append("arg")
    return v


for v in make(3).row(arg(2), arg(3)):
    order.append(v)
print(order)
g2 = Grid(4, 1)
seen = []
for v in g2.row(1):
    seen.append((v, g2.visits))
    if v == 2:
        break
print(seen, g2.visits, sum(g2.row(5)), max(x for x in g2.row(-1)))


# A big int and a float item type, an empty generator.
class Series:
    def __init__(self, start):
        self.start = start

    def powers(self, n):
        v = self.start
        for _ in range(n):
            yield v
            v *= self.start

    def halves(self, n):
        x = float(self.start)
        while n > 0:
            yield x
            x /= 2
            n -= 1


s = Series(-3)
print(list(s.powers(45))[-1], list(s.halves(4)), list(s.powers(0)))


# A binary tree walked by a recursive generator method.
class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

    def walk(self):
        if self.left is not None:
            yield from self.left.walk()
        yield self.key
        if self.right is not None:
            yield from self.right.walk()


t = Node(5, Node(2, Node(-1), Node(3)), Node(9, None, Node(12)))
print(list(t.walk()), max(t.walk()), sum(k for k in t.walk() if k % 2))


# send() into a generator method, and its return value through yield from.
class Averager:
    def __init__(self):
        self.count = 0

    def run(self):
        total = 0.0
        while True:
            v = yield (total / self.count if self.count else None)
            if v is None:
                return total
            self.count += 1
            total += v

    def wrapped(self):
        result = yield from self.run()
        yield "done %s" % result


a = Averager()
c = a.run()
print(next(c), c.send(4), c.send(8), c.send(-3))
d = Averager().wrapped()
print(next(d), d.send(1), d.send(2), d.send(None))


# An exception raised inside, and the method called on None.
class Bad:
    def items(self, n):
        for i in range(n):
            if i == 2:
                raise ValueError("item %d" % i)
            yield i


try:
    for v in Bad().items(5):
        print("got", v)
except ValueError as e:
    print("caught", e)

maybe = None
for i in range(2):
    if i == 1:
        maybe = Bad()
print(list(maybe.items(2)))
gone = None
print(list(gone.items(3)))
