# The one-method ABCs of collections.abc as bases (Iterator gets __iter__, Generator gets
# __next__ and close), and isinstance/issubclass against them for builtins, for classes
# that only define the methods (3.11's __subclasshook__), and for None-ed methods.
import collections.abc as cabc
from collections.abc import Callable, Container, Generator, Hashable, Iterable, Iterator, Sized


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c), list(c), next(Countdown(1)))
print(isinstance(c, Iterator), isinstance(c, Iterable), isinstance(c, Hashable))
print(sum(Countdown(5)), [x * 2 for x in Countdown(3)], sorted(Countdown(4)))


class Words(Iterable):
    def __init__(self, s):
        self.s = s

    def __iter__(self):
        yield from self.s.split()


print(list(Words("ä b c")), isinstance(Words(""), Iterable), isinstance(Words(""), Iterator))


class Box(Container, Sized):
    def __contains__(self, x):
        return x == 1

    def __len__(self):
        return 7


b = Box()
print(1 in b, 2 in b, len(b), isinstance(b, cabc.Collection), isinstance(b, Container))


class Adder(Callable):
    def __call__(self, a, b=1):
        return a + b


print(Adder()(2), Adder()(2, b=5), callable(Adder()), isinstance(Adder(), Callable))


class Key(Hashable):
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, o):
        return isinstance(o, Key) and o.k == self.k


print(len({Key(1), Key(1), Key(2)}), isinstance(Key(1), Hashable))


class Echo(Generator):
    def __init__(self):
        self.last = None

    def send(self, v):
        if v == "stop":
            raise StopIteration
        self.last = v
        return v

    def throw(self, typ, val=None, tb=None):
        print("  throw", typ.__name__)
        raise typ


e = Echo()
print(next(e), e.send(5), iter(e) is e)
e.close()
print(isinstance(e, Generator), isinstance(e, Iterator))


class Stubborn(Echo):
    def throw(self, typ, val=None, tb=None):
        return 1


try:
    Stubborn().close()
except RuntimeError as err:
    print("RuntimeError", err)


# Not derived: the hooks look for the methods in the MRO.
class Plain:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        return 1


class Unhashable:
    __hash__ = None


class NoIter(Plain):
    __iter__ = None


print(isinstance(Plain(), Iterable), isinstance(Plain(), Sized), isinstance(Plain(), Iterator))
print(isinstance(Plain(), cabc.Collection), isinstance(Plain(), cabc.Sequence))
print(isinstance(Unhashable(), Hashable), isinstance(NoIter(), Iterable), issubclass(NoIter, Sized))
print([isinstance(x, Iterable) for x in (1, "s", [1], {}, range(2), None, iter([]))])
print([isinstance(x, Hashable) for x in (1, "s", [1], {}, (1,), frozenset(), set())])
print([isinstance(x, Callable) for x in (len, print, Plain, Plain(), lambda: 0, 3)])
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.Sequence), issubclass(dict, cabc.Mapping))
print(Countdown.__mro__)
print(Echo.__mro__)


class Lazy(Iterator):
    pass


try:
    Lazy()
except TypeError as err:
    print(err)
print(sorted(Iterator.__abstractmethods__), Iterable.__name__, Iterator.__module__)
print(Countdown.__iter__ is Iterator.__iter__)
