# A local (comprehension variable, class attribute, parameter) named like a module
# function, in code that also calls that function.
def later():
    return "later"


def n(x):
    return x * 2


def g():
    a = later()
    return a, [later for later in range(3)], {n: n for n in "ab"}


def h(n):
    return n + 1


print(g(), h(5), n(4))
print(later(), [later for later in "ab"], [n(i) for i in range(3)])


class D:
    r = later()
    later = "shadow"
    s = later
    n = n(21)


print(D.r, D.s, D.n)
