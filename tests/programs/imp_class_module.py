# Classes and functions of another module: reprs, __module__, qualnames, exceptions caught
# by their module-qualified class, subclassing across modules.
import lib.errors
from lib.shapes import Circle
from lib import shapes


class Ring(Circle):
    def __init__(self, r, inner):
        super().__init__(r)
        self.inner = inner

    def area(self):
        return super().area() - Circle(self.inner).area()


print(repr(Circle).startswith("<class 'lib.shapes.Circle'>"), Ring.__module__, Circle.__module__)
print(Ring.__mro__[1] is shapes.Circle, str(Ring).startswith("<class '__main__.Ring'>"))
print(shapes.describe(Ring(2, 1)), shapes.created)
print(repr(shapes.describe).startswith("<function describe at"), shapes.describe.__qualname__)
try:
    lib.errors.parse_int("12a")
except lib.errors.ParseError as e:
    print(type(e), e.pos, repr(e))
print(type(lib.errors.ParseError("x", 0)).__mro__[1].__name__)
