"""typing's aliases of collections.abc classes as bases (typing.Sequence[int],
typing.MutableMapping, typing.AbstractSet): the same mixin methods, with typing.Generic
after the ABC in the MRO; explicit calls of the ABC's methods and super() into them."""
from __future__ import annotations

import collections.abc
import typing


class Pair(typing.Sequence[int]):
    def __init__(self, a: int, b: int) -> None:
        self.a, self.b = a, b

    def __getitem__(self, i):
        return (self.a, self.b)[i]

    def __len__(self) -> int:
        return 2


p = Pair(3, 4)
print(__doc__.splitlines()[0])
print(list(p), list(reversed(p)), p.index(4), 3 in p, p.count(3))
print(Pair.__mro__)
print(isinstance(p, typing.Sequence), isinstance(p, collections.abc.Sequence))


class Env(typing.MutableMapping[str, str]):
    def __init__(self) -> None:
        self.d: dict[str, str] = {}

    def __getitem__(self, k: str) -> str:
        return self.d[k.upper()]

    def __setitem__(self, k: str, v: str) -> None:
        self.d[k.upper()] = v

    def __delitem__(self, k: str) -> None:
        del self.d[k.upper()]

    def __iter__(self):
        return iter(self.d)

    def __len__(self) -> int:
        return len(self.d)


e = Env()
e.update(home="/root", path="/bin")
print(dict(e), e.get("Home"), e.setdefault("shell", "sh"), "PATH" in e, e == {"HOME": "/root", "PATH": "/bin", "SHELL": "sh"})


class One(typing.AbstractSet):
    def __contains__(self, x):
        return x == 1

    def __iter__(self):
        return iter([1])

    def __len__(self):
        return 1


print(One() == {1}, One() <= {1, 2}, One() < {1}, One().isdisjoint([2]), One.__mro__[1])


class Letters(collections.abc.Sequence):
    def __getitem__(self, i):
        return "xyz"[i]

    def __len__(self):
        return 3

    def __contains__(self, c):
        print("  own contains", c)
        return super().__contains__(c)

    def count(self, c):
        return collections.abc.Sequence.count(self, c) * 10


s = Letters()
print("y" in s, "q" in s, s.count("x"), collections.abc.Sequence.index(s, "z"))
print(collections.abc.Sequence.__name__, collections.abc.Sequence.__module__)
print(sorted(collections.abc.MutableMapping.__abstractmethods__))
