# Attribute access sites that see many classes, and classes that change under them:
# every answer must be the one the generic lookup gives (inline caches stay invisible).


class A:
    kind = "A"

    def __init__(self, x):
        self.x = x

    def get(self):
        return ("A.get", self.x)


class B(A):
    kind = "B"

    def get(self):
        return ("B.get", self.x * 2)


class C:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def get(self):
        return ("C.get", self.x)


class D:
    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        return self._x + 100

    @x.setter
    def x(self, v):
        self._x = v * 10

    def get(self):
        return ("D.get", self.x)


class E:
    def __getattr__(self, name):
        return "missing:" + name

    def get(self):
        return ("E.get", self.x)


def read_x(o):
    return o.x


def call_get(o):
    return o.get()


def write_x(o, v):
    o.x = v


objs = [A(1), B(2), C(3), D(4), E(), A(5), B(6)]
for _ in range(3):
    print([read_x(o) for o in objs])
    print([call_get(o) for o in objs])
for i, o in enumerate(objs):
    if not isinstance(o, E):
        write_x(o, i)
print([read_x(o) for o in objs])

# An instance attribute that shadows a method, then goes away.
a = A(7)
print(call_get(a))
a.get = lambda: "instance get"
print(call_get(a))
del a.get
print(call_get(a))

# Class attributes changed after the sites have been warmed.
b = B(8)
for _ in range(2):
    print(b.kind, call_get(b))
A.kind = "A2"
B.get = lambda self: ("patched", self.x)
print(b.kind, call_get(b))
del B.kind
print(b.kind)
del B.get
print(call_get(b))


def new_get(self):
    return ("new", self.x)


A.get = new_get
print(call_get(b), call_get(A(9)))

# A class attribute turned into a property and back.
class P:
    def __init__(self):
        self.v = 1


p = P()
print(p.v)
P.v = property(lambda self: "prop")
print(p.v)
try:
    p.v = 5
except AttributeError as e:
    print("AttributeError", e)
del P.v
print(p.v)
p.v = 6
print(p.v)

# Errors keep their messages through the cached sites.
for o in [A(1), C(2)]:
    try:
        print(o.nothing)
    except AttributeError as e:
        print(type(e).__name__, e)
c = C(1)
try:
    c.y = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    call_get(5)
except AttributeError as e:
    print(type(e).__name__, e)
print(call_get([1]) if False else "skip")


# Evaluation order: the value of an assignment before its target object.
log = []


def obj():
    log.append("obj")
    return A(0)


def val():
    log.append("val")
    return 1


obj().x = val()
print(log)
d = {}
log.clear()


def key():
    log.append("key")
    return "k"


def dd():
    log.append("dict")
    return d


dd()[key()] = val()
print(log, d)

# Methods reached through a recursive call at the same site.
class Node:
    def __init__(self, kids):
        self.kids = kids

    def size(self):
        return 1 + sum(k.size() for k in self.kids)

    def depth(self):
        return 1 + max([k.depth() for k in self.kids], default=0)


t = Node([Node([]), Node([Node([]), Node([Node([])])])])
print(t.size(), t.depth())
