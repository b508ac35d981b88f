# Classes reached through other classes (`__subclasses__()`, `__bases__`, `__mro__`,
# `mro()`) and called with arguments of other types than the typed constructor calls.
class Base:
    def __init__(self, v):
        self.v = v


class A(Base):
    pass


class B(Base):
    def __init__(self, v):
        self.v = v * 2


a = A(1)
b = B(2)
made = [c("x") for c in Base.__subclasses__()]
print(a.v, b.v, [m.v for m in made], A.__bases__[0]("q").v, B.__mro__[1](2.5).v)
print(A.mro()[1](None).v, Base.__subclasses__()[1](-7).v)
