import functools

@functools.singledispatch
def show(x):
    return f"obj {x!r}"

def show_int(x):
    return f"int {x}"

def show_list(x: list):
    return f"list of {len(x)}"

show.register(int, show_int)
show.register(show_list)

@show.register
def _(x: str):
    return f"str {x.upper()}"

@show.register(float)
def _(x):
    return f"float {x:.2f}"

for v in [1, "ab", [1, 2], 2.5, None, True, (1,)]:
    print(show(v))
print(show.dispatch(int).__name__, show.dispatch(bool).__name__, show.dispatch(dict).__name__)
print(sorted(k.__name__ for k in show.registry.keys()))
print(object in show.registry)

class Shape:
    pass
class Circle(Shape):
    def __init__(self, r):
        self.r = r

@functools.singledispatch
def area(s):
    raise NotImplementedError(f"no area for {type(s).__name__}")

@area.register
def _(s: Circle):
    return 3.14 * s.r ** 2

print(area(Circle(2)))
try:
    area(Shape())
except NotImplementedError as e:
    print("NIE", e)

class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:05d}"

    @fmt.register(list)
    def _(self, arg):
        return "[" + ", ".join(self.fmt(a) for a in arg) + "]"

f = Formatter()
print(f.fmt(42), f.fmt("s"), f.fmt([1, "x", [2]]))
