from functools import singledispatch
import functools
from typing import Optional, Union, List
from collections import OrderedDict, Counter
from datetime import date, datetime

@singledispatch
def show(x):
    "Show a value."
    return f"obj {x!r}"

@show.register(int)
def _(x):
    return f"int {x}"

@show.register
def _(x: str):
    return f"str {x}"

@show.register(list)
def _show_list(x):
    return "list " + ",".join(show(i) for i in x)

class A: pass
class B(A): pass
class C: pass
class D(C, A): pass

@show.register(A)
def _(x):
    return "A-ish " + type(x).__name__

@show.register
def _(x: float, prec: int = 2) -> str:
    return f"float {x:.{prec}f}"

@show.register(dict)
def _(x):
    return "dict " + ", ".join(f"{k}={show(v)}" for k, v in x.items())

def show_date(d):
    return "date " + d.isoformat()
show.register(date, show_date)

print(show(1), show("s"), show([1, "a", 2.5]), show(True), show(B()), show(None))
print(show(D()), show(C()).split(" at ")[0], show(3.14159), show(3.14159, prec=4), show(2.0, 1))
print(show({"a": 1, "b": [2]}), show(OrderedDict(x=1)), show(Counter("aab")))
print(show(date(2024, 1, 2)), show(datetime(2024, 1, 2, 3, 4)))
print(show.__name__, show.__doc__, show.dispatch(bool).__name__, show.dispatch(object).__name__, show.dispatch(B) is show.dispatch(A))
print(len(show.registry), object in show.registry, int in show.registry, show.registry[list].__name__)

@functools.singledispatch
def area(shape):
    raise NotImplementedError(f"no area for {type(shape).__name__}")

class Square:
    def __init__(self, s): self.s = s
class Circle:
    def __init__(self, r): self.r = r

@area.register
def _(sh: Square):
    return sh.s ** 2

@area.register(Circle)
def _(sh):
    return round(3.14159 * sh.r ** 2, 3)

@area.register
def _(sh: Union[tuple, list]):
    return sum(area(s) for s in sh)

@area.register
def _(sh: Optional[bytes]):
    return "bytes-or-none"

print(area(Square(3)), area(Circle(2)), area([Square(1), Circle(1)]), area((Square(2),)), area(None), area(b"x"))
for bad in [lambda: area(5), lambda: show(), lambda: show.register(1, len), lambda: show.register(lambda x: x),
            lambda: show.register(List[int]), lambda: show.dispatch(3)]:
    try:
        print(bad())
    except (TypeError, NotImplementedError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    @show.register
    def g(x: List[int]):
        return 0
except TypeError as e:
    print("TypeError", e)
try:
    @show.register
    def h(x: Union[int, List]):
        return 0
except TypeError as e:
    print("TypeError", e)

@show.register
def _(x: int | bytes):
    return "int-or-bytes"
print(show(5), show(b"z"), show(False))

class Node:
    @show.register
    def _(self: tuple):
        return "tuple " + str(len(self))
print(show((1, 2)))

