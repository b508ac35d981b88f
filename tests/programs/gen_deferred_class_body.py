def nums(n):
    for i in range(n):
        yield i


class C:
    g = nums(3)
    total = 0
    for x in g:
        total += x


print(C.total, list(C.g), type(C.g).__name__)
