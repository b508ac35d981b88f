# print() writes each argument (and the separator before it) as it converts it, so the
# pieces before an argument whose __str__ raises are already written (CPython's print).
class Bad:
    def __str__(self):
        raise ValueError("boom")


class Good:
    def __str__(self):
        return "good"


try:
    print("first", 2, Good(), Bad(), "last")
except ValueError as e:
    print("|caught", e)
try:
    print([1, Bad()] if False else "x", [Bad()] and Bad(), sep="--")
except ValueError as e:
    print("|caught", e)
out = print
try:
    out(1.5, Bad(), sep=":")
except ValueError as e:
    print("|caught dynamic", e)


def show(*items):
    print(*items, sep=", ", end=".\n")


try:
    show("a", "b", Bad())
except ValueError as e:
    print("|caught star", e)
print("a", Bad(), sep="-", end="!\n")
