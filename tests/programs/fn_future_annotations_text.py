# With `from __future__ import annotations` a function's annotations are never evaluated:
# __annotations__ holds the text CPython's unparser makes of each (an annotation such as
# `dict[str, int] | None` was evaluated, and raised TypeError).
from __future__ import annotations

import collections.abc
from typing import Callable, Iterator, Optional


def merge(a: dict[str, int], b: dict[str, int] | None = None) -> dict[str, int]:
    out = dict(a)
    out |= b or {}
    return out


def f(a: "str", c: Callable[[int, str], None], d: tuple[int, ...], e: Optional[list[int]] = None,
      *args: int, k: collections.abc.Iterable[str] = (), **kw: 'it\'s') -> tuple[()]:
    return None


def g(x: int | (str | None), y: tuple[int,], z: Undefined[0]) -> Iterator[int]:
    yield 1


print(merge({"a": 1}, {"b": 2}), merge({"a": 1}))
print(merge.__annotations__)
print(f.__annotations__)
print(g.__annotations__, list(g(1, (2,), 3)))
