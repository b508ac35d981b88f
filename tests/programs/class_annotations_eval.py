# A class body's annotations are evaluated (CPython 3.11): `list[int]` is a generic alias,
# not its source text.
from typing import Optional, Dict, List


class A:
    x: list[int]
    y: Optional[str] = None
    z: Dict[str, List[int]]
    w: "Forward"
    n: int


print(A.__annotations__)
print(A.y)
