from typing import Optional, List
import functools

def greet(name: str, greeting: str = "Hello", *args: int, punct: str = "!", **kw: float) -> str:
    """Greet someone."""
    return f"{greeting}, {name}{punct}"

print(greet.__annotations__)
def plain(a, b):
    return a + b
print(plain.__annotations__, plain.__dict__)

class Node:
    def link(self, other: "Node", w: Optional[int] = None) -> "Node":
        return self
    def kids(self) -> List[int]:
        return []
    @property
    def size(self) -> int:
        return 1
    @classmethod
    def make(cls, n: list[int]) -> None:
        pass
    @staticmethod
    def helper(x: dict[str, int]):
        pass

print(Node.link.__annotations__)
print(Node.kids.__annotations__)
print(Node.size.fget.__annotations__)
print(Node.make.__annotations__, Node.helper.__annotations__)
print(Node().link.__annotations__)

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
def wrapped(x: int, y: float = 1.0) -> float:
    return x * y
print(wrapped.__annotations__, wrapped(2))
print(wrapped.__wrapped__.__annotations__ is wrapped.__annotations__)
plain.__annotations__ = {"a": int}
print(plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print(e)
def outer():
    def inner(q: tuple) -> bool:
        return True
    return inner
print(outer().__annotations__)
print(getattr(greet, "__annotations__")["return"])
for k, v in greet.__annotations__.items():
    print(k, v.__name__)
