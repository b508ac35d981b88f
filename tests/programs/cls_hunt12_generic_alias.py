from typing import Generic, TypeVar, Optional
T = TypeVar("T")
Vector = list[float]
Table = dict[str, list[int]]
Pair = tuple[int, ...]

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> "Stack[T]":
        self.items.append(x)
        return self
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]

print(Vector, Table, Pair, tuple[()], type[Stack], set[frozenset[int]])
print(Vector([1, 2]), Table(a=[1]), list[int]("ab"), scale([1.0, 2.0], 3))
print(Vector.__origin__, Table.__args__, Pair.__args__)
s = Stack[int]().push(1).push(2)
print(s.pop(), s.pop(), s.pop(), type(s).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(scale.__annotations__ if False else "skip")
