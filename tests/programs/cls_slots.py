# __slots__: fixed attribute sets, no __dict__, inheritance of slots.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(1, 2)
p.x = 10
print(p, p.moved(1, 1), hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    __slots__ = ("ready", "value")

    def __init__(self):
        self.ready = False


lz = Lazy()
print(lz.ready, hasattr(lz, "value"))
try:
    print(lz.value)
except AttributeError as e:
    print("AttributeError:", e)
lz.value = 42
print(lz.value)
del lz.value
print(hasattr(lz, "value"))
try:
    del lz.value
except AttributeError as e:
    print("AttributeError:", e)


# A subclass without __slots__ gets a __dict__ again.
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


q = Point3(1, 2, 3)
q.label = "free"
print(q, q.label, sorted(q.__dict__))


# A subclass with its own __slots__ extends the parent's.
class Colored(Point):
    __slots__ = ("color",)

    def __init__(self, x, y, color):
        super().__init__(x, y)
        self.color = color


c = Colored(0, 0, "red")
print(c.x, c.y, c.color, Colored.__slots__, Point.__slots__)
try:
    c.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", e)

# Slots with class-level constants are fine when names do not clash.
class Config:
    __slots__ = ["name"]
    DEFAULT = "cfg"

    def __init__(self, name=None):
        self.name = name or self.DEFAULT


print(Config().name, Config("x").name)
try:
    Config().DEFAULT = "other"
except AttributeError as e:
    print("AttributeError:", e)
points = [Point(i, i * i) for i in range(4)]
print(points, sum(pt.y for pt in points))
