# `T.method(obj, ...)` of a builtin type T applies T's own method: a subclass's override
# does not run, and a receiver of another type is CPython's descriptor TypeError. An
# exact T keeps the typed method call.
import collections


class Shout(str):
    def upper(self):
        return "override"

    def strip(self):
        return "stripped?"


class Log(list):
    def append(self, x):
        print("Log.append", x)


class Fixed(dict):
    def get(self, k, d=None):
        return "fixed"


s = Shout("  abc ")
print(str.upper(s), s.upper())
print(repr(str.strip(s)), s.strip())
log = Log()
list.append(log, 5)
log.append(6)
print(log, len(log))
f = Fixed(a=1)
print(dict.get(f, "a"), dict.get(f, "zz", 0), f.get("a"))


def up(x):
    return str.upper(x)


print(up("plain"), up(Shout("q")))
words = ["b", "a", "C"]
list.sort(words, key=str.lower)
print(words, str.split("a,b,,c", sep=","), str.split("a b c", maxsplit=1))
print(int.__repr__(True), int.__and__(True, True), int.bit_length(True), int.__str__(True))
print(tuple.count((1, 2, 1), 1), frozenset.union(frozenset([1]), [2]), float.hex(1.5))
print(bytes.hex(b"ab"), range.count(range(5), 3), bool.__repr__(False))
c = collections.Counter("aab")
print(dict.get(c, "a"), dict.get(c, "z"), int.__add__(3, 4.5))
bad = [
    lambda: str.upper(5),
    lambda: list.append("x", 1),
    lambda: tuple.count([1], 1),
    lambda: str.__len__(5),
    lambda: list.__getitem__(5, 0),
    lambda: str.__getitem__(5, 0),
    lambda: int.bit_length(1.5),
    lambda: frozenset.union({1}, {2}),
    lambda: bytes.hex("ab"),
    lambda: dict.__contains__([], 1),
    lambda: str.upper(Log()),
]
for b in bad:
    try:
        print(b())
    except TypeError as e:
        print("TypeError:", e)
try:
    str.nosuch(Shout("x"))
except AttributeError as e:
    print("AttributeError:", e)
print(str.join("-", ["1", "2"]), list.copy([1, 2]), str.format("{}+{}", 1, 2))
str.upper(5)
