# Typed classes, second round: a field name two classes use for different types, method
# calls on receivers of several classes where only some define the method, stores into
# fields through a value that is None at first, optional instance fields, and typed field
# reads of every scalar type (big ints included).


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link  # another Packet or None
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.note = "p"


class Task:
    def __init__(self, name, prio):
        self.link = prio * 1.5  # a float here, a Packet there
        self.name = name
        self.prio = prio
        self.input = None
        self.done = False

    def add(self, p):
        if self.input is None:
            self.input = p
        else:
            q = self.input
            while q.link is not None:
                q = q.link
            q.link = p
        return self

    def run(self):
        n = 0
        p = self.input
        while p is not None:
            n += p.ident
            p = p.link
        self.done = True
        return n


class Rec:
    def __init__(self):
        self.count = 0
        self.label = "rec"

    def bump(self, k):
        self.count += k
        return self.count


class Other:
    def __init__(self):
        self.count = 0.5
        self.label = "other"


def pick(i):
    if i % 2 == 0:
        return Rec()
    return Other()


t = Task("t", 3)
for i in range(4):
    t.add(Packet(None, i * 10, 1000 + i))
print(t.run(), t.done, t.link, t.name, t.prio)

# Aug-assign on a field two classes type differently (int and float).
objs = [pick(i) for i in range(4)]
for o in objs:
    o.count += 2
print([o.count for o in objs], [o.label for o in objs])

# A method only one of the receiver's classes defines: the other raises AttributeError.
for o in objs:
    try:
        print(o.bump(5))
    except AttributeError as e:
        print("AttributeError:", e)

# A store through a value that starts as None and later holds instances.
head = None
for i in range(3):
    p = Packet(head, i, 0)
    if head is not None:
        head.datum = i * 100
    head = p
while head is not None:
    print(head.ident, head.datum, head.note)
    head = head.link


# Typed scalar fields of every kind, big ints, negative numbers, unicode.
class Acc:
    def __init__(self):
        self.i = -7
        self.f = -0.0
        self.b = False
        self.s = "é"

    def step(self, k):
        self.i = self.i * 1000003 + k
        self.f = self.f - k / 3
        self.b = not self.b
        self.s = self.s + chr(0x3b1 + k % 3)
        return self.i


a = Acc()
for k in range(8):
    a.step(k)
print(a.i, a.f, a.b, a.s, len(a.s))
a.i += 2**70
print(a.i, type(a.i).__name__)

# A field deleted, then read: AttributeError with CPython's message.
del a.f
try:
    print(a.f)
except AttributeError as e:
    print("AttributeError:", e)
a.f = 1.25
print(a.f)

# Reading a field one class never sets.
x = Task("u", 1)
print(x.input)
x.add(Packet(None, 5, 0))
print(x.input.ident, x.input.link)
o = objs[1]
print(o.bump(1))
