# A task backlog: dataclasses with ordering, enums, heapq, defaultdict/Counter, match on objects, nested user context managers.
from dataclasses import dataclass, field
from enum import Enum, auto
from collections import defaultdict, Counter
import heapq
from typing import List, Optional, Dict

class Kind(Enum):
    TASK = auto()
    BUG = auto()
    EPIC = auto()

@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    kind: Kind = field(default=Kind.TASK, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

    def describe(self) -> str:
        return f"{self.name}[{self.kind.name.lower()}] p={self.priority} tags={','.join(self.tags) or '-'}"

class Backlog:
    def __init__(self):
        self._heap: List[Item] = []
        self._by_kind: Dict[Kind, List[Item]] = defaultdict(list)

    def add(self, item: Item) -> "Backlog":
        heapq.heappush(self._heap, item)
        self._by_kind[item.kind].append(item)
        return self

    def __len__(self):
        return len(self._heap)

    def __iter__(self):
        yield from sorted(self._heap)

    def pop(self) -> Optional[Item]:
        return heapq.heappop(self._heap) if self._heap else None

    def summary(self):
        c = Counter(i.kind for i in self._heap)
        return {k.name: c[k] for k in Kind}

b = Backlog()
for i, (n, k) in enumerate([("login", Kind.BUG), ("search", Kind.TASK), ("billing", Kind.EPIC), ("crash", Kind.BUG)]):
    b.add(Item(priority=(i * 7) % 5, name=n, kind=k, tags=[n[:2]] if i % 2 else []))
print(len(b), b.summary())
for it in b:
    print(it.describe())
print(b.pop())
def classify(x):
    match x:
        case Item(kind=Kind.BUG, priority=p) if p < 3:
            return f"urgent bug {p}"
        case Item(name=str(n)):
            return f"item {n}"
        case [first, *_]:
            return f"list starting {first!r}"
        case {"name": n}:
            return f"dict {n}"
        case _:
            return "unknown"
for x in [Item(1, "a", Kind.BUG), Item(4, "b", Kind.BUG), [3, 4], {"name": "z"}, 42]:
    print(classify(x))
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        return self
    def __exit__(self, *exc):
        Timer.depth -= 1
        print("exit", exc[0].__name__ if exc[0] else None)
        return exc[0] is KeyError
with Timer() as t:
    with Timer():
        print("depth", Timer.depth)
with Timer():
    {}["missing"]
print("after", Timer.depth)
print(Item(1, "x") < Item(2, "y"), Item(1, "x") == Item(1, "z"), repr(Kind.BUG), str(Kind.EPIC), Kind(2))
