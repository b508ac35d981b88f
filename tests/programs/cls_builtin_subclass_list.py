# Subclasses of list and set: the instance is a list (or set) plus attributes; builtin
# operations work on it, overrides win where CPython calls them, results are plain lists.
import copy
import json


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack()
print(s, len(s), s.is_empty(), bool(s), type(s).__name__, isinstance(s, list), isinstance(s, Stack))
s.push(1)
s.push(2)
s.extend([3, 4])
s.insert(0, 0)
print(s, len(s), s.peek(), s.is_empty(), repr(s), str(s))
print(s[1:3], type(s[1:3]).__name__, s[::-1], s[-1], s.index(3), s.count(2))
print(s + [9], type(s + [9]).__name__, [7] + s, type([7] + s).__name__)
print(s * 2, type(s * 2).__name__, 2 * s, 3 in s, 99 in s, 99 not in s)
print(sorted(s, reverse=True), list(reversed(s)), sum(s), max(s), min(s))
print(s == [0, 1, 2, 3, 4], [0, 1, 2, 3, 4] == s, s != [0], s < [0, 2], s > [0, 1])
for i, x in enumerate(s):
    print(i, x, end="; ")
print()
s[0] = 10
del s[1]
s[1:2] = ["a", "b"]
print(s, s.pop(), s, s.pop(0), s)
s.sort(key=str)
print(s)
s.reverse()
print(s)
s += [5, 6]
print(type(s).__name__, s)
s *= 2
print(type(s).__name__, len(s))
s.name = "st"
print(s.name, s.__dict__)
s.clear()
print(s, len(s), bool(s))
print(json.dumps(Stack([1, "a", None])), ", ".join(Stack(["x", "y"])))
print(Stack("abc"), Stack(range(3)), Stack(x * x for x in range(4)))
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash(Stack())
except TypeError as e:
    print(type(e).__name__, e)
try:
    Stack([1]) + 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 - Stack([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Stack([1]) < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Stack(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class Logged(list):
    """Overrides: the runtime calls them for syntax, never from list's own methods."""

    def __init__(self, items=(), tag="log"):
        super().__init__(items)
        self.tag = tag

    def append(self, x):
        print("append", x)
        list.append(self, x)
        super().append(x * 10)

    def __getitem__(self, i):
        r = super().__getitem__(i)
        return ("item", r)

    def __len__(self):
        return 100 + list.__len__(self)

    def __contains__(self, x):
        print("contains", x)
        return list.__contains__(self, x)

    def __repr__(self):
        return f"Logged<{self.tag}>{list.__repr__(self)}"

    def __eq__(self, other):
        return isinstance(other, Logged) and list.__eq__(self, other) and self.tag == other.tag

    __hash__ = None


lg = Logged([1, 2], tag="t")
lg.append(3)
print(lg, len(lg), lg[0], lg[-1], 2 in lg, lg.tag)
print(list(lg), [x for x in lg], lg.copy(), type(lg.copy()).__name__)
print(lg == Logged([1, 2, 3, 30], tag="t"), lg == [1, 2, 3, 30], str(lg))
lg.extend([4])
print(lg, f"{lg}", "%s" % (lg,))


class Matrix(list):
    def __init__(self, rows):
        super().__init__(list(r) for r in rows)

    @property
    def shape(self):
        return (len(self), len(self[0]) if self else 0)

    def transpose(self):
        return Matrix(zip(*self))

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])


m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m, m.shape, m.transpose(), m.transpose().shape, Matrix.identity(2), Matrix([]).shape)


class Sub(Stack):
    def push(self, x):
        super().push(("sub", x))


sb = Sub()
sb.push(1)
print(sb, type(sb).__name__, isinstance(sb, Stack), isinstance(sb, list), issubclass(Sub, list))
print(issubclass(Stack, list), issubclass(Stack, dict), issubclass(Stack, (int, list)), Stack.__name__)

c1 = copy.copy(s)
s2 = Stack([[1], [2]])
s2.tag = "orig"
c2 = copy.copy(s2)
d2 = copy.deepcopy(s2)
s2[0].append(9)
s2.append([3])
print(type(c2).__name__, c2, c2.tag, type(d2).__name__, d2, d2.tag, s2)


class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self


t = Tags([3, 1])
t.add_all(2, 3, 4)
print(sorted(t), len(t), 2 in t, type(t).__name__, isinstance(t, set))
print(t == {1, 2, 3, 4}, t | {9} == {1, 2, 3, 4, 9}, type(t | {9}).__name__, type(t & {1}).__name__)
print(sorted(t - {1}), sorted(t ^ {1, 10}), t.issubset({1, 2, 3, 4, 5}), sorted(t.union([7])))
t |= {5}
t -= {1}
print(type(t).__name__, sorted(t))
t.discard(5)
t.remove(4)
print(sorted(t), Tags() == set(), bool(Tags()))
try:
    t.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
