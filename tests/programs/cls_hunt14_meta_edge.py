from dataclasses import dataclass


class Counted(type):
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        type(cls).made[cls.__name__] = type(cls).made.get(cls.__name__, 0) + 1
        return inst
    made = {}


@dataclass
class Pt(metaclass=Counted):
    x: int
    y: int = 0


print(Pt(1, 2), Pt(x=3), Counted.made, type(Pt).__name__)


def deco(cls):
    cls.decorated = True
    return cls


@deco
class Q(metaclass=Counted):
    def __init__(self, v):
        self.v = v


q = Q(v=5)
print(q.v, Q.decorated, Counted.made)
r = type(Q).__call__(Q, 7)
print(r.v, Counted.made["Q"])
r2 = Counted.__call__(Q, 8)
print(r2.v, Counted.made["Q"])


class Base(metaclass=Counted):
    @classmethod
    def make(cls):
        return cls()

    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, type(cls).__name__)


class Child(Base):
    pass


print(type(Child.make()).__name__, Counted.made)
print(Counted.__mro__, Counted.__bases__, Counted.__name__)
print(isinstance(Counted, type), issubclass(Counted, type), type(Counted) is type)


class AttrMeta(type):
    greeting = "hi"

    def hello(cls, who):
        return f"{cls.greeting} {who} from {cls.__name__}"


class H(metaclass=AttrMeta):
    pass


class H2(metaclass=AttrMeta):
    greeting = "yo"


print(H.hello("ann"), H2.hello("bob"), H.greeting, H2.greeting)
print(hasattr(H(), "greeting"), hasattr(H, "hello"), getattr(H, "hello")("x"))
H.greeting = "hey"
print(H.hello("c"), AttrMeta.greeting, vars(H).get("greeting"))
try:
    H().hello
except AttributeError as e:
    print("AttributeError:", e)
try:
    H.nothing
except AttributeError as e:
    print("AttributeError:", e)
