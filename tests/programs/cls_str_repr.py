# __str__ and __repr__: which one print, str(), repr(), f-strings and containers use.
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}{c // 100}.{c % 100:02d} {self.currency}"


class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"<OnlyRepr v={self.v}>"


class OnlyStr:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return f"only-str {self.v}"

    def __repr__(self):
        return "OnlyStr(...)"


m = Money(-1205)
print(m)
print(str(m), repr(m))
print(f"{m} | {m!r} | {m!s}")
print("%s and %r" % (m, m))
print([m, Money(7, "USD")])
print((m,), {"price": m}, {1: [Money(100)]})
print(OnlyRepr(3), str(OnlyRepr(3)), [OnlyRepr(4)])
print(OnlyStr(5), [OnlyStr(5)], f"{OnlyStr(6)}")
print("joined: " + ", ".join(str(Money(c)) for c in (1, 10, 100, 1000)))
print("{} / {!r} / {:>20}".format(Money(5), Money(5), str(Money(5))))


# Subclasses inherit __str__/__repr__ and can override one of them.
class Tip(Money):
    def __repr__(self):
        return "Tip(" + str(self.cents) + ")"


t = Tip(250)
print(t, repr(t), [t])


# __repr__ that recursively reprs children.
class Tree:
    def __init__(self, label, *children):
        self.label = label
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Tree({self.label!r})"
        inner = ", ".join(repr(c) for c in self.children)
        return f"Tree({self.label!r}, {inner})"

    def __str__(self):
        lines = []

        def walk(node, depth):
            lines.append("  " * depth + str(node.label))
            for ch in node.children:
                walk(ch, depth + 1)

        walk(self, 0)
        return "\n".join(lines)


tree = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
print(repr(tree))
print(tree)


# __str__ returning a non-string is a TypeError.
class Bad:
    def __str__(self):
        return 42

    def __repr__(self):
        return "Bad()"


try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
print(repr(Bad()))
