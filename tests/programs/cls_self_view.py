# Field reads and writes through a method's borrowed `self` (the instance and its class's
# layout found once per call): the class may change in the middle of the method, the
# method may be called on an unusual receiver, and a generator fused into the method has
# locals of its own.


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
        self.hits = 0

    def total(self):
        t = 0
        n = self
        while n is not None:
            t += n.v
            n = n.nxt
        self.hits += 1
        return t + self.v

    def bump(self, k):
        self.v = self.v + k
        self.nxt = self.nxt
        return self.v

    def change_class_midway(self):
        a = self.v
        # A data descriptor named like a field, added while the method runs: the next
        # reads and writes of self.v must go through it.
        Node.v = property(lambda s: 1000, lambda s, x: print("set v", x))
        b = self.v
        self.v = 7
        del Node.v
        c = self.v
        return a, b, c

    def evens(self, n):
        for i in range(n):
            if i % 2 == 0:
                yield i + self.v

    def fused(self):
        s = 0
        for x in self.evens(6):
            s += x
        return s + self.hits

    def kind(self):
        return "node"

    def ask(self):
        return self.kind() + ":" + str(self.v)


class Leaf(Node):
    def kind(self):
        return "leaf"


chain = Node(1, Node(2, Node(3, None)))
print(chain.total(), chain.total(), chain.hits)
print(chain.bump(5), chain.v)
print(chain.fused())
print(Leaf(9, None).ask(), chain.ask())
print(chain.change_class_midway(), chain.v)
try:
    Node.total(None)
except AttributeError as e:
    print("AttributeError", e)
try:
    Node.bump(3, 1)
except AttributeError as e:
    print("AttributeError", e)


class Odd:
    v = 40
    nxt = None
    hits = 2


# An instance of another class, passed as self explicitly.
print(Node.total(Odd()))
print(Node.ask(Leaf(4, None)))
