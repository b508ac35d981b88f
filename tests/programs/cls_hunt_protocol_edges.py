class OnlyIter:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("  iter called")
        return iter(self.items)


class LenOnly:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BoolAndLen:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


class NoEq:
    pass


class EqNotImpl:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, EqNotImpl):
            return self.v == other.v
        return NotImplemented


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "str-only"


class ReadOnly:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x


class Shared:
    items = []

    def add(self, x):
        self.items.append(x)
        return self


class Temp:
    def __init__(self, d):
        self.d = d

    def __lt__(self, other):
        return self.d < other.d

    def __repr__(self):
        return f"T{self.d}"


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        return Num(other * 100 + self.v)

    def __repr__(self):
        return f"Num({self.v})"


oi = OnlyIter([1, 2, 3])
print(2 in oi, 9 in oi, list(oi), sorted(oi, reverse=True))
print(bool(LenOnly(0)), bool(LenOnly(2)), len(LenOnly(3)), bool(BoolAndLen()), len(BoolAndLen()), not LenOnly(0))
a, b = NoEq(), NoEq()
print(a == a, a == b, a != b, a in [b], a in [a], [a].count(a), [a, b].index(b))
print(EqNotImpl(1) == EqNotImpl(1), EqNotImpl(1) == 1, 1 == EqNotImpl(1), EqNotImpl(1) != EqNotImpl(2))
try:
    hash(EqNotImpl(1))
except TypeError as e:
    print("TypeError:", e)
print(str(ReprOnly()), [ReprOnly()], f"{ReprOnly()}", repr(StrOnly())[:10] == "<__main__.", str(StrOnly()), f"{StrOnly()!s:>10}|")
try:
    format(ReprOnly(), "10")
except TypeError as e:
    print("TypeError:", e)
r = ReadOnly()
try:
    r.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
s1.items = ["own"]
print(s1.items, s2.items, Shared.items)
ts = [Temp(3), Temp(1), Temp(2)]
print(sorted(ts), max(ts), min(ts), sorted(ts, reverse=True))
try:
    Temp(1) > Temp(2)
    print("gt ok", Temp(1) > Temp(2))
except TypeError as e:
    print("TypeError:", e)
try:
    Temp(1) <= Temp(2)
except TypeError as e:
    print("TypeError:", e)
print(Num(1) + 2, 3 + Num(1), sum([Num(1), Num(2)], 0) if False else "skip")
try:
    Num(1) + Num(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) - 1
except TypeError as e:
    print("TypeError:", e)
try:
    -Num(1)
except TypeError as e:
    print("TypeError:", e)
try:
    len(NoEq())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NoEq())
except TypeError as e:
    print("TypeError:", e)
try:
    NoEq()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoEq()()
except TypeError as e:
    print("TypeError:", e)
try:
    NoEq().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    ReadOnly.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(NoEq(), "zz", "default"), hasattr(ReadOnly(), "x"), type(NoEq()).__name__, NoEq.__name__)
