# ABCMeta puts __abstractmethods__ and _abc_impl into every class it makes, after what
# __init_subclass__ added: vars(cls) and cls.__dict__ list them.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tagged = cls.__name__.lower()
        Shape.registry.append(getattr(cls, "_abc_impl", None) is Shape._abc_impl)

    @abstractmethod
    def area(self): ...


class Rect(Shape):
    sides = 4

    def area(self):
        return 1


class Meta(metaclass=ABCMeta):
    pass


class Plain:
    y = 2


print(list(Shape.__dict__))
print(list(Rect.__dict__))
print([k for k in vars(Rect) if not k.startswith("__")])
print(list(Meta.__dict__), list(Plain.__dict__))
print(Shape.__dict__["__abstractmethods__"], Rect.__dict__["__abstractmethods__"])
print(Rect._abc_impl is not Shape._abc_impl, type(Rect._abc_impl).__name__, hasattr(Plain, "_abc_impl"))
print(Rect()._abc_impl is Rect._abc_impl, "_abc_impl" in vars(Rect()), Shape.registry)
print(sorted(k for k, v in vars(Rect).items() if callable(v)))
Shape()
