# Instance fields as typed classes keep them (runtime layouts, class/layout.rs): every
# access path must behave like CPython's instance dict.
import copy


class Point:
    kind = "class-kind"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def label(self):
        return "method label"


class Point3(Point):
    def __init__(self, x, y, z):
        self.z = z
        super().__init__(x, y)

    def norm1(self):
        return super().norm1() + abs(self.z)


class Lazy:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "fallback " + name


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


p = Point(3, -4)
q = Point3(1, 2, -3)
print(p.norm1(), q.norm1())
total = 0
for i in range(1000):
    o = p if i % 3 else q
    o.x = o.x + 1
    total += o.norm1()
print(total, p.x, q.x)

# An unset field, a deleted one, a class attribute behind a field.
del p.y
print(show(lambda: p.y))
print(hasattr(p, "y"), getattr(p, "y", "default"))


def del_y():
    del p.y


print(show(del_y))
p.y = 10
print(p.norm1(), p.kind)
p.kind = "instance-kind"
print(p.kind, Point.kind, q.kind)
del p.kind
print(p.kind)

# A field shadowing a method of the same name.
print(p.label())
p.label = lambda: "field label"
print(p.label(), q.label())
del p.label
print(p.label())

# Names outside the fields, set and read dynamically.
setattr(p, "extra", [1, 2])
print(getattr(p, "extra"), getattr(p, "x"))
object.__setattr__(p, "x", 100)
print(p.x, object.__getattribute__(p, "x"))

# copy and deepcopy keep every field; the deep copy has its own list.
p.x = [1, 2]
c1 = copy.copy(p)
c2 = copy.deepcopy(p)
p.x.append(3)
p.y = -1
print(c1.x, c1.y, c2.x, c2.y, type(c2).__name__)
print(show(lambda: c1.extra), c1.extra is p.extra, c2.extra is p.extra)

# __getattr__ answers an unset field only.
z = Lazy()
print(z.a, z.b)
del z.a
print(z.a)

# A property added to the class later takes over the field's name.
Point.y = property(lambda self: "property y")
print(p.y, q.y)


def set_y():
    p.y = 5


print(show(set_y))
del Point.y
print(p.y, q.y)
