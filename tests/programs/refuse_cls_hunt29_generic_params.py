# typing.Generic's bookkeeping (`__parameters__`, `__orig_bases__`, `__orig_class__`) is
# not kept by molt's generic classes: reading it is refused at compile time rather than
# raising AttributeError where CPython answers.
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, x: T):
        self.x = x


class IntBox(Box[int]):
    pass


print(Box[int].__origin__ is Box)
print(Box.__parameters__)
print(IntBox.__orig_bases__)
print(getattr(Box(1), "__orig_class__", None))
