gen = (i for i in range(3))
print(hasattr(gen, "__next__"), hasattr(gen, "__iter__"), hasattr(gen, "send"), hasattr(gen, "close"), hasattr(gen, "nope"))
print(gen.__next__(), gen.__iter__() is gen, next(gen))
def g():
    yield 1
x = g()
print(hasattr(x, "__next__"), callable(getattr(x, "__next__", None)), x.__next__())
it = iter([1, 2])
print(hasattr(it, "__next__"), it.__next__(), hasattr(iter("ab"), "__next__"), hasattr([], "__iter__"), hasattr([], "__next__"))
print(hasattr(iter({}), "__next__"), hasattr(iter(range(2)), "__next__"), hasattr(map(str, []), "__next__"), hasattr(zip(), "__next__"), hasattr(enumerate([]), "__next__"))
print(type(gen).__name__, type(x).__name__, gen.__name__ if hasattr(gen, "__name__") else "-", x.__name__, x.__qualname__)
