# Generic classes and protocols from typing, as real typed programs write them.
from typing import Dict, Generic, Iterator, List, Optional, Protocol, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


class Cache(Generic[K, V]):
    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.data: Dict[K, V] = {}

    def put(self, k: K, v: V) -> None:
        if len(self.data) >= self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[k] = v

    def get(self, k: K) -> Optional[V]:
        return self.data.get(k)


class Shape(Protocol):
    def area(self) -> float: ...


class Square(Shape):
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s * self.s


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self.items)


def total_area(shapes: List[Shape]) -> float:
    return sum(s.area() for s in shapes)


s: Stack[str] = Stack()
for w in ["a", "é", "ß"]:
    s.push(w)
print(len(s), list(s), s.pop(), len(s))
empty: Stack[int] = Stack()
try:
    empty.pop()
except IndexError as e:
    print("IndexError", e)

c: Cache[str, int] = Cache(2)
c.put("x", 1)
c.put("y", -2)
c.put("z", 3)
print(c.get("x"), c.get("y"), c.get("z"), c.data)

print(total_area([Square(2.0), Circle(1.0), Square(-1.5)]))
i = IntStack()
i.push(10 ** 20)
i.push(-5)
print(i.total(), isinstance(i, Stack), isinstance(i, IntStack))
print(IntStack.__mro__)
print(Stack.__mro__, Stack.__bases__)
print(Square.__mro__)
print(Shape.__bases__, Square.__bases__)
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(Square(1.0), Shape)
except TypeError as e:
    print("TypeError", e)
alias = Stack[int]
made = alias()
made.push(7)
print(type(made).__name__, made.pop())
