# A function's __annotations__ is refused (molt does not keep evaluated annotations yet).
def f(x: int) -> str:
    return str(x)


print(f.__annotations__)
