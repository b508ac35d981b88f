# `...` (Ellipsis) as a value: repr, identity, containers, placeholder bodies, defaults.
x = ...
print(x, repr(x), x is ..., x is Ellipsis, type(x).__name__, type(x))
items = [1, ..., 3]
print(items, (..., 1), {...: "dots"}, items.count(...), ... in items)
print(... == ..., ... != None, bool(...), str(...), f"{...}", "%s" % (...,))


def placeholder():
    ...


class Protocolish:
    def method(self): ...

    def other(self):
        """Docstring then dots."""
        ...


print(placeholder(), Protocolish().method(), Protocolish().other())


def get(key, default=...):
    if default is ...:
        return "no default for " + key
    return default


print(get("a"), get("b", 5), get("c", None))

sentinel = {"missing": ...}
for k, v in sentinel.items():
    print(k, v is Ellipsis, repr(v))


class Slicer:
    def __getitem__(self, key):
        return repr(key)


s = Slicer()
print(s[...], s[..., 1], s[1:2, ...])
