from typing import Generic, TypeVar, Iterator, Optional, Callable, Dict, List, Protocol

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        for x in reversed(self._items):
            yield x

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


class TreeNode(Generic[K]):
    def __init__(self, key: K):
        self.key = key
        self.left: Optional["TreeNode[K]"] = None
        self.right: Optional["TreeNode[K]"] = None


class BST(Generic[K]):
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
        else:
            node = self.root
            while True:
                if key < node.key:
                    if node.left is None:
                        node.left = TreeNode(key)
                        break
                    node = node.left
                elif key > node.key:
                    if node.right is None:
                        node.right = TreeNode(key)
                        break
                    node = node.right
                else:
                    return False
        self.size += 1
        return True

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)

    def height(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __len__(self):
        return self.size


class EventBus:
    def __init__(self):
        self.handlers: Dict[str, List[Callable]] = {}

    def on(self, event):
        def deco(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return deco

    def emit(self, event, *args, **kwargs):
        return [h(*args, **kwargs) for h in self.handlers.get(event, [])]


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name):
        return f"Hello {name}"


class French:
    def greet(self, name):
        return f"Bonjour {name}"


def greet_all(gs: List[Greeter], name):
    return [g.greet(name) for g in gs]


s: Stack[int] = Stack()
s.push(1).push(2).push(3)
print(s, len(s), list(s), s.pop(), s)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t.insert(k)
print(list(t), len(t), 40 in t, 45 in t, t.height(), sum(t), max(t))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), words.height())
bus = EventBus()


@bus.on("save")
def log_save(name, size=0):
    return f"saved {name} ({size}b)"


@bus.on("save")
def count_save(name, size=0):
    return len(name) + size


print(bus.emit("save", "a.txt", size=10), bus.emit("load"), sorted(bus.handlers))
print(greet_all([English(), French()], "Ada"))
