# ABCMeta's checks with a user `__subclasshook__`: the hook decides first, NotImplemented
# falls back to the MRO and then to the ABC's subclasses (whose own hooks run), and a
# hook returning something else is an AssertionError.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Shape:
            if any("area" in vars(B) for B in C.__mro__ if B.__module__ == __name__):
                return True
        return NotImplemented


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle:  # not derived from Shape, but has area
    def area(self):
        return 3


class Rock:
    pass


class Pebble(Rock):
    def area(self):
        return 0


for o in [Square(2), Circle(), Rock(), Pebble(), 5, "x", [1], None]:
    print(type(o).__name__, isinstance(o, Shape), isinstance(o, Square))
print(issubclass(Circle, Shape), issubclass(Rock, Shape), issubclass(Square, Shape))
print(issubclass(int, Shape), issubclass(bool, Shape), issubclass(Circle, Square))
print(isinstance(Circle(), (int, Shape)), isinstance(3, (Rock, Shape)))


# A hook on a subclass: the base ABC asks its subclasses, so the subclass's hook can make
# an unrelated class a subclass of the base too.
class Base(metaclass=ABCMeta):
    pass


class Quacks(Base):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return hasattr(C, "quack")
        return NotImplemented


class Duck:
    def quack(self):
        return "quack"


class Robot:
    pass


print(isinstance(Duck(), Quacks), isinstance(Duck(), Base), isinstance(Robot(), Base))
print(issubclass(Duck, Base), issubclass(Robot, Quacks), issubclass(Quacks, Base))


# A hook that answers False outright hides even real subclasses.
class Picky(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Child(Picky):
    pass


print(isinstance(Child(), Picky), issubclass(Child, Picky), isinstance(Child(), Child))


# Builtin types' MROs and bases, as hooks read them.
print(int.__mro__, bool.__mro__, bool.__bases__, bool.__base__, list.__bases__)
print(str.__mro__[-1] is object, dict.__base__ is object)


# issubclass with a non-class first argument is a TypeError from the ABC's check.
try:
    issubclass(3, Shape)
except TypeError as e:
    print("TypeError:", e)


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    isinstance(3, Bad)
except AssertionError as e:
    print("AssertionError:", e)
print(isinstance(Rock(), Shape))
isinstance("s", Bad)
