class Base:
    __slots__ = ("log",)

    def __init__(self):
        self.log = []

    def setup(self):
        self.log.append("Base")


class Left(Base):
    __slots__ = ("left",)

    def setup(self):
        self.log.append("Left>")
        super().setup()
        self.log.append("<Left")


class Right(Base):
    __slots__ = ("right",)

    def setup(self):
        self.log.append("Right>")
        super().setup()
        self.log.append("<Right")


class Child(Left, Right):
    __slots__ = ()

    def setup(self):
        self.log.append("Child>")
        super().setup()


c = Child()
c.setup()
print(c.log, [k.__name__ for k in Child.__mro__])
c.left = 1
c.right = 2
print(c.left, c.right, hasattr(c, "__dict__"))
try:
    c.other = 3
except AttributeError as e:
    print("AttributeError:", e)


class Plugin:
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)


class Configurable:
    def __init__(self, config=None, **kwargs):
        self.config = dict(config or {})
        super().__init__(**kwargs)


class Loggable:
    def __init__(self, level="info", **kwargs):
        self.level = level
        super().__init__(**kwargs)

    def describe(self):
        return f"level={self.level}"


class Service(Plugin, Configurable, Loggable):
    def __init__(self, name, **kwargs):
        super().__init__(name, **kwargs)

    def describe(self):
        return f"{self.name}: config={self.config} " + super().describe()


s = Service("db", config={"port": 5432}, level="debug")
print(s.describe(), [k.__name__ for k in Service.__mro__])
try:
    Service("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), super(B, D()).who(), super(C, D()).who())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


pts = [Point(1, 2), Point3(1, 2, 3), Point(1, 2)]
print(pts, pts[0] == pts[2], pts[0] == pts[1], len(set(pts)), Point3.__slots__)
p3 = pts[1]
del p3.z
try:
    p3.z
except AttributeError as e:
    print("AttributeError:", e)


class Meta:
    count = 0

    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        Meta.count += 1
        cls.tag = prefix + cls.__name__.lower()


class X(Meta, prefix="x_"):
    pass


class Y(X):
    pass


print(X.tag, Y.tag, Meta.count, hasattr(Meta, "tag"))
