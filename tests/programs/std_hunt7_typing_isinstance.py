import typing
from typing import List, Dict, Optional, Union, Any, Deque, Counter, Callable, Iterable
import collections
print(isinstance([], typing.List), isinstance({}, typing.Dict), isinstance(set(), typing.Set), isinstance((1,), typing.Tuple))
print(isinstance(1, typing.List), issubclass(list, typing.List), isinstance(frozenset(), typing.FrozenSet))
print(isinstance(collections.deque(), Deque), isinstance(collections.Counter(), Counter), isinstance(collections.Counter(), Dict))
print(isinstance(int, typing.Type), isinstance(len, Callable), isinstance([1], Iterable), issubclass(bool, typing.Tuple))
print(isinstance(None, Optional[int]), isinstance(3, Optional[int]), isinstance("s", Optional[int]), isinstance("s", Union[int, str]))
print(issubclass(bool, Union[int, str]), issubclass(float, Optional[int]), issubclass(int, Any))
class MyList(list):
    pass
print(isinstance(MyList(), List), issubclass(MyList, typing.List), isinstance(MyList(), (Dict, List)))
def describe(x):
    if isinstance(x, List):
        return "list of " + str(len(x))
    if isinstance(x, Dict):
        return "dict keys " + ",".join(map(str, x))
    if isinstance(x, (int, float)):
        return "number"
    return "other"
for v in [[1, 2], {"a": 1}, 3, 2.5, "s"]:
    print(describe(v))
for bad in [lambda: isinstance([], List[int]), lambda: issubclass(list, Dict[str, int]), lambda: isinstance(1, Any),
            lambda: isinstance(1, Optional), lambda: issubclass(int, Union), lambda: isinstance(1, Optional[List[int]]),
            lambda: isinstance([], Iterable[int]), lambda: isinstance(1, typing.Literal), lambda: issubclass(1, List)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), int | str, int | None, type(int | str).__name__)
print(int | int, issubclass(bool, int | str), isinstance([], list | dict | None))
def f(x: int | None = None) -> str | None:
    return str(x)
print(f(3))
try:
    print(int | "str")
except TypeError as e:
    print(e)
