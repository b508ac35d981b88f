# Rich comparisons: __eq__/__lt__/..., NotImplemented, reflected fallbacks, sorting.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

    def __eq__(self, other):
        if isinstance(other, Version):
            return self.parts == other.parts
        if isinstance(other, str):
            return self == Version(other)
        return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts


a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(a == c, a != c, a == b, a != b, a is c)
print(a < b, b < a, a <= c, b > a, b >= a)   # > and >= use the reflected __lt__/__le__
print(a == "1.2.0", "1.2.0" == a, a == 1.2, a != None)
versions = [Version(v) for v in ["2.0", "1.10", "1.2", "1.2.1", "0.9.9"]]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("3.1") in versions, Version("1.10") in versions, versions.index(Version("1.2")))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 >= a
except TypeError as e:
    print("TypeError:", e)


# Without __eq__, == falls back to identity.
class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != Plain())


# Comparison results need not be bool.
class Expr:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return Expr(f"({self.text} == {other})")

    def __gt__(self, other):
        return Expr(f"({self.text} > {other})")

    def __repr__(self):
        return self.text


x = Expr("x")
print(x == 3, x > 4, 4 < x, [x == "y"])


# __eq__ on a subclass takes priority when it is on the right side.
class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  Base.__eq__")
        return isinstance(other, Base) and self.v == other.v


class Derived(Base):
    def __eq__(self, other):
        print("  Derived.__eq__")
        return isinstance(other, Base) and self.v == other.v


print(Base(1) == Derived(1))
print(Derived(2) == Base(2))

# Chained comparisons evaluate each operand once.
print(Version("1.0") < Version("1.5") < Version("2.0"), Version("1.0") < Version("3.0") < Version("2.0"))
