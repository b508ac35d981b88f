# object.__init__ with extra arguments: CPython's object_init names the class when it neither
# overrides __init__ nor __new__, else object; a constructor call fails in object_new first.
class Plain:
    pass


class WithInit:
    def __init__(self, a, b=2, *args, c, d=4, **kw):
        self.data = (a, b, args, c, d, kw)


class Child(WithInit):
    def __init__(self):
        super().__init__(1)


class NewOnly:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


tests = [
    lambda: Plain(1),
    lambda: Plain(a=1),
    lambda: WithInit(),
    lambda: WithInit(1),
    lambda: WithInit(1, c=3, e=5).data,
    lambda: WithInit(1, 2, 3, 4, c=5).data,
    lambda: WithInit(1, 2, b=3, c=4),
    lambda: Child(),
    lambda: NewOnly(1, 2).args,
    lambda: object.__init__(Plain(), 5),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(x=1, z=2),
    lambda: super(Plain, Plain()).missing,
    lambda: Plain().__init__(1),
    lambda: int.__new__(Plain),
    lambda: Plain.__name__.upper(),
    lambda: type(Plain()).__mro__,
    lambda: isinstance(Plain, type),
    lambda: type(Plain),
    lambda: type(5)("7") + 1,
    lambda: type("x").__name__,
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)

for obj in [Point(0, 0), Point(3, 0), Point(0, -2), Point(5, 5), "other"]:
    match obj:
        case Point(0, 0):
            print("origin")
        case Point(x, 0):
            print("on x axis at", x)
        case Point(0, y=yy):
            print("on y axis at", yy)
        case Point(x=a, y=b) if a == b:
            print("diagonal", a)
        case _:
            print("something else:", obj)
class A2:
    def __init__(self, **kw):
        super().__init__(**kw)
class NewOnly2:
    def __new__(cls, *a):
        return super().__new__(cls)
for f in [lambda: Plain(1), lambda: Plain().__init__(1), lambda: object.__init__(Plain(), x=1), lambda: A2(x=1), lambda: NewOnly2(1, 2).__init__(3), lambda: A2().__init__(5), lambda: object.__new__(NewOnly2, 1)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
