# str() and repr() of nested containers.
data = {
    "name": "Widget \"Pro\"",
    "tags": ["new", "it's", ""],
    "dims": (1.5, 2.0, -0.0),
    "nested": {"a": [1, [2, [3, []]]], "b": ()},
    "flags": {True, False},
    "none": None,
    "big": 2 ** 70,
    "pair": (1,),
    "uni": "café 日本 😀",
    "esc": "tab\tnl\n",
}
print(data)
print(str(data) == repr(data))
print([data["tags"], data["dims"]])
print([[]], [()], [{}], ({},), [set()], [frozenset()], (frozenset([1]),))
print([1.0, 2.50, 1e16, 1e-5, float("nan")], (0.1 + 0.2,))
print(str("x"), repr("x"), str(["x"]), repr(["x"]), str(("x",)), str({"x": "y"}))
print({1: {2: {3: {}}}}, [[[[[]]]]], ((((),),),))
print([None, True, False], {None: None})
