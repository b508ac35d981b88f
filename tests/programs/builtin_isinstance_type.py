# isinstance with builtin types and tuples of types; type(x).__name__.
values = [0, -5, 2 ** 100, 1.5, float("nan"), True, False, None, "s", "", [1], (1,), (), {"a": 1}, {1}, frozenset()]
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, float), isinstance(v, (int, float)),
          isinstance(v, (list, tuple)), isinstance(v, str), isinstance(v, (dict, set, frozenset)))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), type(True) == bool, type(1) == int)
print(type(1) is int, type(1.0) is float, type([]) is list, type(None).__name__, type(range(3)).__name__)
print(isinstance("x", (int, (str, list))), isinstance([], ()), type("") == type("x"))

def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int with " + str(len(str(abs(x)))) + " digits"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str of length " + str(len(x))
    if isinstance(x, (list, tuple)):
        return type(x).__name__ + " of " + str(len(x))
    return "other: " + type(x).__name__

for v in [True, 12345, -7, 3.0, "héllo", [1, 2], (3,), {"k": 1}, None]:
    print(describe(v))
