# Calls and arithmetic that compiled code takes shortcuts for: every shortcut must give
# CPython's results and errors.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return P(self.x + o.x, self.y + o.y)

    def scale(self, k=2):
        return P(self.x * k, self.y * k)

    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"


class Bad:
    def __init__(self):
        return 1


class Q(P):
    def add(self, o):
        return "Q.add"


def two(a, b):
    return (a, b)


def main():
    p = P(1, 2)
    q = P(-3, 4.5)
    print(p.add(q), p.scale(), p.scale(3))
    # A method shadowed by an instance attribute, then unshadowed.
    p.add = lambda o: "instance attr"
    print(p.add(q))
    del p.add
    print(p.add(q))
    # Subclass instances at the same call site.
    for o in [p, Q(0, 0), p]:
        print(o.add(q))
    # Bound methods and functions as values, right and wrong arity.
    m = p.scale
    print(m(), m(5))
    f = two
    print(f(1, 2))
    for args in [(1,), (1, 2, 3)]:
        try:
            print(f(*args))
        except TypeError as e:
            print("TypeError:", e)
    try:
        m(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        P(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)
    g = P
    print(g(7, 8), type(g(0, 0)).__name__)
    # Dynamic arithmetic: overflow into big ints, Python's floor division and modulo,
    # int and float mixed, errors.
    vals = [0, 1, -1, 7, -7, 2, -2, 9223372036854775807, -9223372036854775808, 2**53 + 1, 1.5, -0.5, 0.0]
    for a in vals:
        for b in vals:
            out = []
            for op in ("+", "-", "*", "/", "//", "%", "&"):
                try:
                    if op == "+":
                        r = a + b
                    elif op == "-":
                        r = a - b
                    elif op == "*":
                        r = a * b
                    elif op == "/":
                        r = a / b
                    elif op == "//":
                        r = a // b
                    elif op == "%":
                        r = a % b
                    else:
                        r = a & b
                    out.append(repr(r))
                except (ZeroDivisionError, TypeError) as e:
                    out.append(type(e).__name__)
            print(a, b, " ".join(out))
    t = 0
    for i in range(10):
        t += i
        t -= 0.5
        t *= 1
    print(t)
    n = 5
    n += (n := 10)
    print(n)
    r = range(2, 20, 3)
    s = r[1:4]
    print(r, s, list(s), s == range(5, 14, 3), r[-1], len(r), 8 in r, hash(r) == hash(range(2, 20, 3)))


main()
