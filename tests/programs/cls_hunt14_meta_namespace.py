class Show(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, list(ns), kw)
        return super().__new__(mcs, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns, **kw)


class A(metaclass=Show):
    """Doc of A."""
    x: int = 3
    y: str

    def f(self):
        return __class__

    @property
    def g(self):
        return 1


print(A.__annotations__, A.__doc__, A().f() is A)


class B(A):
    def __init_subclass__(cls, **kw):
        print("B init_subclass", cls.__name__, kw)

    def m(self):
        return super().f()


class C(B, flag=True):
    z = [i for i in range(3)]


print(C().m() is A, C.z, type(C).__name__)


class Dropper(type):
    def __new__(mcs, name, bases, ns):
        clean = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcs, name, bases, clean)


try:
    class D(metaclass=Dropper):
        def m(self):
            return super().m()
except RuntimeError as e:
    print("RuntimeError:", e)


class Swapper(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = lambda self: "added to " + type(self).__name__
        ns["__repr__"] = lambda self: f"<{name} instance>"
        return type.__new__(mcs, name, bases, ns)


class E(metaclass=Swapper):
    pass


print(E().added(), E(), repr(E()))


def factory(tag):
    class Local(metaclass=Show):
        t = tag
    return Local


L1 = factory(1)
print(L1.t, L1.__qualname__, type(L1).__name__)


class NotInst(type):
    def __call__(cls, *args):
        return args


class N(metaclass=NotInst):
    def __init__(self):
        print("never")


print(N(1, 2), N())
try:
    class Bad(metaclass=Show, extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
