# Pure numeric functions with the same name in two modules and in a nested scope
# (fn_fast_names package): each keeps its own behaviour.
from fn_fast_names import helper


def f(x):
    return x + 1


def ratio(a, b):
    return a * 1.0 / b


def outer():
    def f(x):
        return x * 2

    return f(10)


print(f(3), helper.f(3), outer())
print(ratio(1, 3), helper.ratio(1, 3), helper.ratio(7, 2))
for i in range(-2, 3):
    print(i, f(i), helper.f(i), helper.ratio(i, 4))
