# `X | Y` where an operand is a types.GenericAlias (list[int]) makes a types.UnionType,
# as in CPython 3.10+ (it raised TypeError); evaluated annotations show it.
def merge(a: dict[str, int] | None = None, b: list[int] | int = 0) -> int | None:
    return None


print(merge.__annotations__)
u = list[int] | None
print(u, type(u).__name__, int | list[str] | None, u.__args__)
print(isinstance([1], list | dict), isinstance(None, int | None))
try:
    list[int] | 3
except TypeError as e:
    print("TypeError:", e)
