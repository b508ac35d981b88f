class Counter:
    count = 0
    step = 1
    label = "c"
    limits = (0, 10)
    parent = None

    def __init__(self, name):
        self.name = name

    def tick(self):
        self.count += self.step
        return self.count

    def attach(self, other):
        self.parent = other

    def depth(self):
        d = 0
        node = self
        while node.parent is not None:
            node = node.parent
            d += 1
        return d


class Fast(Counter):
    step = 5
    label = "fast"


class Named(Counter):
    label = None

    def tick(self):
        self.label = "ticked"
        return super().tick()


class Scaled:
    factor = 2

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v * self.factor


def main():
    a = Counter("a")
    b = Fast("b")
    c = Named("c")
    print(a.count, b.count, a.step, b.step, a.label, b.label, c.label)
    for _ in range(3):
        a.tick()
        b.tick()
    c.tick()
    print(a.count, b.count, c.count, c.label, Counter.count, Fast.count, Named.label)
    del a.count
    print(a.count, a.tick(), a.limits, b.limits[1])
    a.limits = (1, 2, 3)
    print(a.limits, Counter.limits)
    a.attach(b)
    b.attach(c)
    print(a.depth(), b.depth(), c.depth(), a.parent.name, c.parent)
    a.step = -2
    a.tick()
    print(a.count, a.step, Counter.step)
    s = Scaled(21)
    print(s.get(), s.factor)
    s.factor = 0.5
    print(s.get(), Scaled(4).get())
    total = 0
    for i in range(1000):
        x = Counter(str(i))
        x.count = i
        total += x.tick()
    print(total)
    try:
        del a.count
        del a.count
    except AttributeError as e:
        print("AttributeError:", e)
    print(a.count)


main()
