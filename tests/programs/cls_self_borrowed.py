# Methods whose `self` compiled code borrows from the caller: every use of `self` (returned,
# stored, passed on, compared, rebound, deleted, captured) must behave as in CPython.


class Node:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
        self.seen = []

    def me(self):
        return self

    def keep(self, box):
        box.append(self)
        self.seen.append(len(box))
        return len(box)

    def same(self, other):
        return self is other, self == other, isinstance(self, Node)

    def chain(self):
        out = []
        node = self
        while node is not None:
            out.append(node.name)
            node = node.nxt
        return out

    def rebind(self, other):
        first = self.name
        self = other
        return first, self.name

    def walrus(self, other):
        if (self := other) is not None:
            return self.name
        return "none"

    def loop_self(self, items):
        for self in items:
            pass
        return self.name

    def unbind(self):
        name = self.name
        del self
        try:
            return self.name
        except UnboundLocalError as e:
            return name + ": " + str(e)

    def closure(self):
        return lambda: self.name.upper()

    def except_as(self):
        try:
            raise ValueError("boom")
        except ValueError as self:
            return repr(self)

    def describe(self):
        return f"<{self.name}>" + str(self.same(self)) + self.tail()

    def tail(self):
        return "/" + self.name

    def __repr__(self):
        return "Node(" + repr(self.name) + ")"

    def __eq__(self, other):
        return isinstance(other, Node) and self.name == other.name

    __hash__ = None


class Special(Node):
    def tail(self):
        return super().tail() + "!"

    def me(self):
        return [super().me(), self]


box = []
a = Node("a")
b = Node("b", a)
c = Special("c", b)
print(a.me() is a, c.me()[0] is c, c.me())
print(a.keep(box), b.keep(box), a.keep(box), box, a.seen)
print(a.same(a), a.same(Node("a")), a.same(b))
print(c.chain(), a.chain())
print(a.rebind(b), a.name, a.walrus(c), a.walrus(None), a.loop_self([b, c]))
print(a.unbind())
f = b.closure()
print(f(), a.except_as())
print(a.describe(), c.describe())
nodes = [a, b, c]
for n in nodes:
    print(n.describe(), n.chain())
x = a
print(x.rebind((x := c)), x)
y = b
print(y.same((y := a)), y)


class Comp:
    def __init__(self, tag):
        self.tag = tag

    def shadow(self):
        # The comprehension's `self` is its own variable; the method's is untouched.
        return [self for self in range(3)], self.tag

    def capture(self, others):
        # `:=` inside a comprehension rebinds the method's own `self`.
        tags = [(self := o).tag for o in others]
        return tags, self.tag

    def nested(self):
        return [[self.tag * k for k in range(j)] for j in range(3)]


p = Comp("p")
print(p.shadow(), p.capture([Comp("q"), Comp("r")]), p.tag, p.nested())
