# One call site of a dynamic method call meets builtin values of several kinds: the
# site remembers which kind's type has the method, and every other kind is checked anew.
def count_of(x, v):
    return x.count(v)


def upper(x):
    return x.upper()


for obj in [[1, 2, 1], (1, 1, 1), "a1a1", [], {"a": 1}, 5, None, range(3), b"x1", frozenset()]:
    try:
        print(type(obj).__name__, count_of(obj, 1) if not isinstance(obj, (str, bytes)) else count_of(obj, "1" if isinstance(obj, str) else b"1"))
    except AttributeError as e:
        print("AttributeError", e)
    except TypeError as e:
        print("TypeError", e)

for obj in ["abc", "ÄÖ", 3.5, "x", True, ["a"], "done"]:
    try:
        print(upper(obj))
    except AttributeError as e:
        print("AttributeError", e)

words = "Hello world 123 foo".split() * 3
print([w for w in words if w.isalpha()], sum(1 for w in words if w.lower() == "foo"))
vals = [1, 2.5, True, -3]
print([v.conjugate() for v in vals], [v.is_integer() if isinstance(v, float) else v.bit_length() for v in vals])
