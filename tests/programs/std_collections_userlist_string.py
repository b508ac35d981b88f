# collections.UserList and UserString: direct use and subclasses; slices and operators
# return the same class, comparisons unwrap, the Sequence/MutableSequence mixins.
import collections.abc
from collections import UserList, UserString

l = UserList([3, 1, 2])
print(l, repr(l), len(l), l[0], l[-1], l[1:], type(l[1:]).__name__, l[::-1], 2 in l, 7 in l)
print(UserList(), UserList(()), UserList("abc"), UserList(l), UserList(range(3)), UserList(x for x in "hi"))
print(l == [3, 1, 2], l == UserList([3, 1, 2]), l < [4], l <= l, l > UserList([3]), l >= [3, 1, 2], l != [1])
print(l + [9], [0] + l, l + UserList([5]), l + (7,), (7,) + l, type((7,) + l).__name__, l * 2, 2 * l, l * 0)
l.append(4)
l.insert(0, 0)
l.extend([5, 6])
l.extend(UserList([7]))
l += [8]
l += (9,)
l += UserList([10])
print(l, l.pop(), l.pop(0), l.count(4), l.index(4), l.index(2, 1, 5))
l.remove(3)
l.reverse()
print(l)
l.sort(key=lambda x: -x, reverse=True)
print(l)
l[0] = 100
l[1:3] = [20, 30, 40]
del l[-1]
del l[::2]
print(l, l.copy(), type(l.copy()).__name__)
l *= 2
print(l, list(reversed(l)), sorted(l), sum(l), max(l), list(iter(l)))
l.clear()
print(l, bool(l), bool(UserList([0])))
for f in (lambda: UserList([]).pop(), lambda: UserList([1]).remove(5), lambda: UserList([1]).index(9),
          lambda: UserList([1])[5], lambda: hash(UserList())):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    UserList(5)
except TypeError as e:
    print("TypeError", e)
try:
    UserList([1]) < 3
except TypeError as e:
    print("TypeError", e)


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s[:2], type(s[:2]).__name__, type(s + [1]).__name__, type(s * 2).__name__,
      type(s.copy()).__name__, isinstance(s, collections.abc.MutableSequence), isinstance(s, list))
print(isinstance(UserList(), collections.abc.Sequence), [c.__name__ for c in Stack.__mro__])


# UserString
u = UserString("Héllo, Wörld")
print(u, repr(u), str(u), len(u), u[0], u[-1], u[1:4], type(u[1:4]).__name__, u[::-1])
print(u.upper(), u.lower(), u.casefold(), u.swapcase(), u.title(), u.capitalize(), type(u.upper()).__name__)
print(u.center(20, "*"), u.ljust(15, "."), u.rjust(15), u.zfill(15), u.expandtabs())
print(u.count("l"), u.count(UserString("l")), u.find("W"), u.rfind("l"), u.index("o"), u.rindex("o"))
print(u.startswith("Hé"), u.endswith(("x", "ld")), u.split(", "), u.rsplit("l", 1), u.partition(","), u.rpartition("l"))
print(u.replace("l", "L"), u.replace(UserString("l"), UserString("_"), 1), u.strip("Hd"), u.lstrip("H"), u.rstrip("d"))
print(u.removeprefix("Hé"), u.removesuffix(UserString("ld")), u.encode(), u.encode("latin-1"))
print(u.isalpha(), UserString("abc").isalpha(), UserString("123").isdigit(), UserString("١٢").isdecimal(),
      UserString("x1").isidentifier(), UserString("  ").isspace(), UserString("Ab").istitle(),
      UserString("AB").isupper(), UserString("ab").islower(), UserString("abc").isascii(),
      UserString("5").isnumeric(), UserString("a\n").isprintable(), UserString("a1").isalnum())
print(UserString("a b").join(["x", "y"]), UserString("l1\nl2\n").splitlines(), UserString("l1\nl2").splitlines(True))
print(UserString("{} {x}").format(1, x=2), UserString("{a}").format_map({"a": 5}), UserString("%s-%d") % ("x", 3))
print("<%s>" % UserString("in"), UserString("ab").translate(UserString.maketrans("ab", "xy")))
print(u + "!", "¡" + u, u + UserString("?"), u + 5, 3 * UserString("ab"), UserString("ab") * 2, type("x" + u).__name__)
print(u == "Héllo, Wörld", u == UserString("Héllo, Wörld"), u < "Z", u > UserString("A"), u <= "H", u >= "Hz")
print("é" in u, UserString("ll") in u, "z" in u, hash(UserString("k")) == hash("k"), {UserString("k"): 1}["k"] if False else 0)
print(int(UserString("42")), float(UserString("2.5")), complex(UserString("1+2j")), UserString(42), UserString([1]))
print(sorted(UserString("cab")), list(UserString("ab")), UserString(""), len(UserString("")), bool(UserString("")))
print(UserString("abcabc").index("c", 3), UserString("aaa").count("a", 1), UserString("x").find("x", 5))
try:
    UserString("abc").index("z")
except ValueError as e:
    print("ValueError", e)
try:
    UserString("abc")[10]
except IndexError as e:
    print("IndexError", e)
try:
    int(UserString("x"))
except ValueError as e:
    print("ValueError", e)


class Name(UserString):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
print(n.shout(), type(n.shout()).__name__, type(n[0]).__name__, isinstance(n, collections.abc.Sequence),
      isinstance(n, str), n.data, type(n.data).__name__)

UserList([1, 2]).index(3)
