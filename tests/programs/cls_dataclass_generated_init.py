import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace


def make_board():
    return [[0] * 3 for _ in range(3)]


DEFAULT_NAME = "anon"


@dataclass
class Inventory:
    """A store's stock."""
    owner: str
    items: dict = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)
    board: list = field(default_factory=make_board)
    pair: tuple = field(default_factory=lambda: (DEFAULT_NAME, 0))
    total: int = field(default=0, compare=False)
    label: str = DEFAULT_NAME
    ratio: float = -1.5
    _count: int = field(init=False, default=7)
    cache: dict = field(init=False, default_factory=dict)

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        self.log.append((name, qty))
        self.total += qty
        self._count += 1


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    tag: str = field(default="", compare=False)

    def __post_init__(self):
        if self.major < 0:
            raise ValueError(f"negative major {self.major}")
        self.text = f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class Opts:
    path: str
    verbose: bool = field(default=False, kw_only=True)
    level: int = field(default=1, kw_only=True)


@dataclasses.dataclass(eq=False, repr=False)
class Node:
    value: int
    next: "Node | None" = None


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str


@dataclass
class Empty:
    pass


class Sub(Version):
    def bump(self):
        return Sub(self.major, self.minor + 1, self.patch, self.tag)


inv = Inventory("ann")
inv.add("apple", 3)
inv.add("pear", -2)
inv.add("apple", 1)
print(inv)
print(inv.items, inv.log, inv.total, inv._count, inv.cache, inv.board[1], inv.pair)
print(Inventory("bob") == Inventory("bob", total=99), Inventory("a") == Inventory("b"))
other = Inventory("x", {"k": 1}, [1], [[1]], ("p", 2), 5, "lab", 2.0)
print(other, other.log)
print(Inventory.label, Inventory.ratio, Inventory._count, Inventory.total)
print(hasattr(Inventory, "items"), hasattr(Inventory, "cache"))
i2 = Inventory("z")
i2.items["q"] = 1
print(Inventory("w").items, i2.board is not Inventory("v").board)
del i2.label
print(i2.label, i2)
print([f.name for f in fields(Inventory)])

vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9, "beta"), Version(1, 2, 3, "rc"), Version(2)]
print(sorted(vs))
print(max(vs), min(vs), vs[0] == vs[3], vs[0] < vs[4], vs[1] <= vs[1])
print([v.text for v in vs])
try:
    Version(-1)
except ValueError as e:
    print("ValueError:", e)
print(asdict(vs[2]), astuple(vs[0]), replace(vs[0], patch=4))
print(Version.__match_args__)
for v in vs:
    match v:
        case Version(1, minor, _):
            print("one", minor)
        case Version(major=2):
            print("two")
        case _:
            print("other", v)

print(Opts("a"), Opts("b", verbose=True), Opts(path="c", level=3))
for bad in [lambda: Opts("a", True), lambda: Opts(), lambda: Version(1, 2, 3, "x", 5),
            lambda: Version(minor=1), lambda: Inventory("a", nope=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

n = Node(1, Node(2))
print(n.value, n.next.value, n.next.next, n == Node(1), n == n)
print(hash(Key(1, "x")) == hash(Key(1, "x")), Key(1, "x") in {Key(1, "x"): 0})
try:
    hash(vs[0])
except TypeError as e:
    print("TypeError:", e)
print(Empty(), Empty() == Empty(), Sub(1, 2).bump(), Sub(1) < Sub(2))
try:
    Sub(1) < Version(2)
except TypeError as e:
    print("TypeError:", e)
print(Version(3) != Version(3), Version(3) == (3, 0, 0))
total = 0
for k in range(2000):
    v = Version(k % 7, k % 5, k)
    total += v.major * v.minor + v.patch
print(total)
print(Inventory.__init__.__qualname__, Inventory.__init__.__name__)
raise ValueError(str(Version(9, 9)))
