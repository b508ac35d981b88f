from typing import Generic, TypeVar, List, Dict, Optional, Union, Tuple, Callable, Set, Iterable, Any
T = TypeVar("T")
K = TypeVar("K")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> "Stack[T]":
        self.items.append(x)
        return self
    def __repr__(self):
        return f"Stack({self.items})"
class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T): self.k, self.v = k, v
class Node: pass
s = Stack[int]().push(1).push(2)
print(s, Stack, type(s), Stack.__mro__)
print(T, Stack[int], Stack[str], Pair[str, int], Stack[Node], Stack[List[int]])
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None], Optional[Node])
print(Tuple[int, ...], Tuple[int, str], Callable[[int, str], bool], Callable[..., None], Set[str], Iterable[Node])
print(Union[str], Optional[List[int]] if False else "", Dict[str, List[int]], Generic[T], Any, List)
print(isinstance(s, Stack), Pair("a", 1).v)
