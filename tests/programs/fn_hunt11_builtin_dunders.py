# Operator dunders of builtin values called directly: each is its type's slot, which
# returns NotImplemented for operand types it does not handle.
print((7).__pow__(2))
print((3).__add__(4))
print("ab".__len__())
print([1].__contains__(1))
print((1.5).__mul__(2))
print(int.__add__(1, 2))
print("a".__eq__(1))
print((5).__radd__(1))
print((5).__sub__(1.0))
print((2).__truediv__(4))
print("ab".__add__("cd"), "ab".__mul__(3))
print([1,2].__len__(), {1:2}.__getitem__(1), (1,2).__getitem__(-1))
print((5).__lt__(6), (5).__eq__(5.0), (5).__hash__())
print((-3).__abs__(), (-3).__neg__(), (3).__bool__(), (3).__str__(), (3).__repr__())
print((7).__floordiv__(2), (7).__mod__(2), (7).__divmod__(2))
print(str.__len__("xyz"), list.__len__([1,2]))
print((1.5).__add__("x"))
def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

xs = [3, 2.5, True, "ab", [1, 2], (1, 2), {1: 2}, {1, 2}, frozenset({2}), None]
names = ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__",
         "__floordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__", "__and__", "__or__",
         "__xor__", "__ror__", "__lshift__", "__rshift__", "__rlshift__", "__eq__", "__ne__",
         "__lt__", "__le__", "__gt__", "__ge__", "__divmod__", "__rdivmod__"]
for x in xs[:9]:
    for y in xs:
        row = []
        for n in names:
            f = getattr(x, n, None)
            if f is None:
                row.append("-")
                continue
            try:
                row.append(repr(f(y)))
            except Exception as e:
                row.append(type(e).__name__)
        print(repr(x), repr(y), " ".join(row))

for x in [7, -2.5, True, 0, 0.0]:
    for n in ["__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__",
              "__index__", "__trunc__", "__floor__", "__ceil__", "__round__"]:
        f = getattr(x, n, None)
        show(f) if f else print(n, "missing")
show((2.675).__round__, 2)
show((7).__pow__, 2, 5)
show((7).__pow__, 2.0, 5)
show(int.__add__, 1, 2)
show(int.__add__, 1, 2.0)
show(float.__mul__, 1.5, 2)
show(str.__add__, "a", "b")
show("a".__add__, 1)
show([1].__add__, (2,))
show((1,).__add__, [2])
show([1].__mul__, 2.0)
show("ab".__mul__, -1)
show((3).__add__)
show((3).__add__, 1, 2)
show((3).__neg__, 1)
show("%s-%d".__mod__, ("x", 3))
show("a".__rmod__, "b%s")
show({1}.__sub__, [1])
show({"a": 1}.__or__, {"b": 2})
show({"a": 1}.__or__, [("b", 2)])
show([1, 2].__eq__, [1, 2])
show([1, 2].__lt__, (1, 3))
show({1: 2}.__lt__, {1: 2})
show({1}.__le__, frozenset({1, 2}))
show((2).__truediv__, 0)
show((10).__rpow__, 2)
show((2).__pow__, -1)
class Money(int):
    pass
class F(float):
    pass
m = Money(3)
print(m + 1.5, 1.5 + m, m * 2, m == 3.0, m < 3.5, 3.5 > m, m + m, type(m + 1).__name__)
f = F(2.5)
print(f + 1, 1 + f, f == 2.5, f * m, m * f, f > m, m < f)
print(int.__add__(m, 2), int.__add__(m, 2.0), float.__add__(f, m), int.__eq__(m, 3.0), float.__eq__(f, 2.5))
