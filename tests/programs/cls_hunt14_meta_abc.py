from abc import ABCMeta, abstractmethod


class Base(metaclass=ABCMeta):
    @abstractmethod
    def go(self):
        ...

    def hello(self):
        return "hello " + self.go()


class Impl(Base):
    def go(self):
        return "impl"


print(type(Base), type(Impl), isinstance(Base, ABCMeta))
print(Impl().hello())
print(sorted(Base.__abstractmethods__))


class RegMeta(ABCMeta):
    seen = []

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.seen.append(name)
        return cls


class Shape(metaclass=RegMeta):
    @abstractmethod
    def area(self):
        pass


class Sq(Shape):
    def area(self):
        return 4


print(RegMeta.seen, type(Sq).__name__, isinstance(Sq, ABCMeta), Sq().area())
try:
    Shape()
except TypeError as e:
    print(e)
Base()
