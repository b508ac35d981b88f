# Methods and subscripts on locals that are None on some paths, used where a test
# proved them not None.
from typing import Optional


def f(flag):
    xs = None
    if flag:
        xs = [1, 2]
    if xs is not None:
        xs.append(3)
        xs[0] += 10
        print(xs[1], xs)
    d = None
    if flag:
        d = {"a": 1}
    if d is not None:
        d["a"] += 1
        print(d.get("a"), d["a"])


def g(xs: Optional[list] = None):
    if xs is None:
        xs = []
    xs.append(len(xs))
    xs[0] -= 5
    return xs


f(True)
f(False)
print(g(), g([7]))
