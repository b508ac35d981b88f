# C[int] for a user generic class: __origin__, __args__, __name__/__qualname__ and the origin's
# other attributes (typing._BaseGenericAlias.__getattr__), calls make the origin's instances.
from typing import Generic, TypeVar
T = TypeVar("T")
class Stack(Generic[T]):
    pass
a = Stack[int]
print(a)
print(a.__origin__, a.__args__)
print(a.__name__, a.__qualname__)
print(type(a()).__name__)
class Box(Generic[T]):
    kind = "box"
    @classmethod
    def make(cls):
        return cls()
print(Box[str].kind, type(Box[str].make()).__name__, Box[int, ].__args__)
