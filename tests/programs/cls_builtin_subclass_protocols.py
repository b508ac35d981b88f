# Subclasses of builtin types at typed boundaries, with overridden protocols, %-formatting,
# math, copies and __slots__.
class Stack(list):
    pass


class Name(str):
    pass


class Money(int):
    pass


def total(xs: list[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def greet(n: str) -> str:
    return "hi " + n


def double(m: int) -> int:
    return m * 2


def ratio(x: float) -> float:
    return x / 2


def keys(d: dict[str, int]) -> list[str]:
    return sorted(d)


class D(dict):
    pass


s = Stack([1, 2, 3])
print(total(s), greet(Name("bo")), double(Money(4)), ratio(Money(3)), keys(D(b=1, a=2)))
xs = [Name("b"), Name("a")]
xs.sort()
print(xs, max(xs), "".join(xs), len(xs[0]))
m = {Name("k"): 1}
print(m["k"], m)
print(isinstance(s, (dict, list)), isinstance(Money(1), float), type(s) == Stack)
class Stack2(list):
    pass


class D2(dict):
    pass


def add(xs: list[int]) -> None:
    xs.append(99)


def put(d: dict[str, int]) -> None:
    d["z"] = 26


def add2(xs):
    xs.append(98)


s = Stack2([1])
add(s)
add2(s)
d = D2()
put(d)
print(s, d, type(s).__name__)
ys: list[int] = [1, 2]
ys = Stack2([5])
ys.append(6)
print(ys, type(ys).__name__)
import math


class Tagged(int):
    def __init__(self, v, tag="t"):
        self.tag = tag


class Temp(float):
    pass


class Money(int):
    pass


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))


class Rev(list):
    def __iter__(self):
        return iter(list.__getitem__(self, slice(None, None, -1)))


class Keys(dict):
    def keys(self):
        return ["fake"]


t = Tagged(5)
print(t, t.tag, t + 1, "%d|%5.1f|%s|%r" % (Money(3), Temp(2.25), Money(4), Temp(1.5)))
print(math.floor(Temp(2.5)), math.sqrt(Money(16)), math.ceil(Temp(1.2)), abs(Temp(-2.0)))
p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
r = Rev([1, 2, 3])
print(list(r), [x for x in r], sorted(r), r, len(r), *r)
k = Keys(a=1)
print(dict(k), {**k}, list(k), k.keys())
print(type(p).__mro__, Point.__bases__, p.__class__.__name__, type(r)([9]))
try:
    Tagged(5, 6, 7)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Tagged("5", 6)
except TypeError as e:
    print(type(e).__name__, e)
st = Rev()
for i in range(100000):
    st.append(i)
print(len(st), sum(st))
print(super(Rev, r).__iter__ is not None, str(Money(7)), bool(Temp(0.0)), Money(3) == 3.0)
print(divmod(Temp(7.5), 2), pow(Money(2), 10), Money(2) ** -1, ~Money(5), -Temp(0.0))
print(Money(5).real, Money(5).imag, Money(5).numerator, Money(5).denominator, Temp(2.5).real, Temp(2.5).imag)
