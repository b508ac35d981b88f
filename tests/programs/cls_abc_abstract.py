# Abstract base classes: instantiation of a class with abstract methods is a TypeError.
from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def summary(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class HalfDone(Shape):
    def area(self):
        return 0


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


for factory in (lambda: Shape("s"), lambda: HalfDone("h"), lambda: Rect(2, 3.5), lambda: Square(4)):
    try:
        obj = factory()
        print(obj.summary())
    except TypeError as e:
        print("TypeError:", e)

print(isinstance(Square(1), Shape), issubclass(HalfDone, ABC), issubclass(Rect, HalfDone))


# An abstract method can have a body that subclasses call via super().
class Plugin(ABC):
    @abstractmethod
    def run(self, data):
        return ["base-run"]

    @property
    @abstractmethod
    def label(self):
        ...


class Upper(Plugin):
    def run(self, data):
        return super().run(data) + [data.upper()]

    @property
    def label(self):
        return "upper"


u = Upper()
print(u.label, u.run("hi"))


class NoLabel(Plugin):
    def run(self, data):
        return []


try:
    NoLabel()
except TypeError as e:
    print("TypeError:", e)


# Abstract static and class methods.
class Codec(ABC):
    @staticmethod
    @abstractmethod
    def encode(s):
        ...

    @classmethod
    def roundtrip(cls, s):
        return cls.encode(s)


class Rot(Codec):
    @staticmethod
    def encode(s):
        return "".join(chr((ord(ch) - 97 + 13) % 26 + 97) for ch in s)


print(Rot.roundtrip("hello"), Rot().encode("uryyb"))
try:
    Codec()
except TypeError as e:
    print("TypeError:", e)
