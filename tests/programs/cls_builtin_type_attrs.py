# Attributes of builtin types by CPython's dir(T): hasattr(str, 'upper') was False, getattr
# on a type gave an AttributeError for every method.
print(getattr(str, "upper"), getattr(list, "append"), getattr(str, "join")(",", "abc"))
print(list(map(getattr(str, "strip"), [" a ", "b "])))
for t in (int, str, list, dict, tuple, set, float):
    print(t.__name__, [n for n in ("__len__", "__iter__", "__add__", "count", "keys", "real", "__hash__", "zzz") if hasattr(t, n)])
print(callable(getattr(int, "bit_length")), int.bit_length(255))
