# collections.abc: isinstance/issubclass against its classes and typing's aliases of them
# (one-trick ABCs by their methods, Sequence/Mapping/Set by the registered builtins),
# their reprs, annotations, and the classic flatten / deep-merge helpers.
import collections.abc
import collections
from collections.abc import Iterable, Mapping, Sequence, Callable, Hashable, Sized, Iterator, Generator, MutableMapping, Container, Collection, Reversible, Set, MutableSet, MutableSequence, KeysView
import typing
from collections import deque, Counter, OrderedDict

def flatten(x):
    for i in x:
        if isinstance(i, Iterable) and not isinstance(i, (str, bytes)):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, (3, {4, 5})], "ab", range(2), {"k": 1}])))
class Sz:
    def __len__(self): return 3
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class NoHash:
    def __eq__(self, o): return True
class Call:
    def __call__(self): return 1
class L(list): pass
class D(dict): pass
def gen(): yield 1
vals = [1, 2.5, True, None, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3), {}.keys(), {}.values(), {}.items(),
        gen(), iter([1]), map(str, []), zip(), enumerate([]), len, print, Sz(), It(), NoHash(), Call(), L(), D(), deque(), Counter(), OrderedDict(), Sz, lambda: 0]
abcs = [Iterable, Iterator, Generator, Sized, Container, Collection, Reversible, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, KeysView]
for v in vals:
    print(type(v).__name__, "".join("1" if isinstance(v, a) else "." for a in abcs))
for t in [int, str, list, tuple, dict, set, frozenset, Sz, It, NoHash, Call, L, D, range, bytes, object]:
    print(t.__name__, "".join("1" if issubclass(t, a) else "." for a in abcs))
print(Iterable, Mapping, collections.abc.Sequence, Callable[[int], str], Mapping[str, int], Iterable[int])
print(isinstance([1], typing.Iterable), isinstance({}, typing.Mapping), isinstance(5, typing.Hashable), isinstance({1}, typing.AbstractSet), isinstance(len, typing.Callable))
print(isinstance({}, (list, Mapping)), Iterable.__name__, type(Iterable).__name__)
def apply(f: Callable[[int], int], xs: Iterable[int]) -> list[int]:
    return [f(x) for x in xs]
print(apply(lambda v: v + 1, range(3)))
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, Mapping) and isinstance(out.get(k), Mapping):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
print(deep_merge({"a": {"x": 1, "y": 2}, "b": 1}, {"a": {"y": 3, "z": 4}, "c": [5]}))
