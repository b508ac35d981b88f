from dataclasses import dataclass, field
import dataclasses

DEFAULT = 10
SHARED = [1, 2]


def make():
    return {"made": len(SHARED)}


@dataclass
class A:
    n: int = DEFAULT
    m: int = field(default=DEFAULT * 2)
    d: dict = field(default_factory=make)
    s: list = field(default_factory=SHARED.copy)
    t: tuple = (1, -2.5, "x", None)


@dataclass
class B:
    """Doc."""
    x: int
    label = "not a field"
    count: int = 0

    def bump(self):
        self.count += 1
        return self


a = A()
SHARED.append(3)
print(a, A(1, 2), a.s is not SHARED, A().s, A.n, A.m, A.t)
try:
    A.d
except AttributeError as e:
    print("AttributeError:", e)
b = B(5).bump().bump()
print(b, b.label, B.label, B.count, B.__doc__, [f.name for f in dataclasses.fields(B)])
b.label = "now"
print(b.label, B(1).label, b)
try:
    B.x
except AttributeError as e:
    print("AttributeError:", e)
print(A.__init__.__defaults__[2:4] if False else len(A.__init__.__defaults__))
