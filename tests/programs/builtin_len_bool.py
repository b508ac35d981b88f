# len() and bool() across builtin types.
values = ["", "abc", "日本😀", [], [1, [2, 3]], (), (1,), {}, {"a": 1, "b": 2}, set(), {1, 2, 3},
          frozenset("hello"), range(0), range(3, 30, 3)]
for v in values:
    print(repr(v), len(v), bool(v))
for v in [0, 1, -1, 0.0, 0.1, -0.0, None, True, False, 10 ** 100, float("nan")]:
    print(repr(v), bool(v))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    len(3.5)
except TypeError as e:
    print("TypeError:", e)
