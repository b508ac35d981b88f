# Direct calls of builtins with the wrong number of arguments raise CPython's TypeError
# (they used to be accepted, or to name the wrong arity).
calls = [
    lambda: divmod(7),
    lambda: divmod(1, 2, 3),
    lambda: list(range(3), 1),
    lambda: tuple("ab", "c"),
    lambda: set([1], [2]),
    lambda: dict({}, {}),
    lambda: float(1, 2),
    lambda: bool(1, 2),
    lambda: sorted([2, 1], [3]),
    lambda: reversed([1], [2]),
    lambda: sum(),
    lambda: sum([1], 2, 3),
    lambda: round(),
    lambda: enumerate(),
    lambda: enumerate([1], 2, 3),
    lambda: list(enumerate("ab", 1)),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: format(),
    lambda: pow(2),
    lambda: max(),
    lambda: divmod(7, 2),
    lambda: list(range(3)),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as ex:
        print(i, "TypeError:", ex)
print(divmod(9))
