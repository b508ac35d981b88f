# Vector with dunder protocols, __getattr__ config, pipelines with map(str.upper, ...), OrderedDict.fromkeys, deque/Counter/heapq.
import functools
import itertools
import operator
from collections import Counter, deque, OrderedDict
import heapq
import math
import sys


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __bool__(self):
        return bool(self.x or self.y)

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"


v = Vector(3, 4)
w = Vector(1.5, -2)
print(v + w, v - w, v * 2, 2 * v, v * w, abs(v), bool(Vector()), list(v), {v, Vector(3, 4)})
print(f"{w:.2f}", format(v, "05d"), "{:+.1f}".format(w))
x, y = v
print(x, y, max([v, w], key=abs), sorted([v, w, Vector(0, 1)], key=lambda p: (p.y, p.x)))
try:
    v.z = 5
except AttributeError as e:
    print("AttributeError:", e)


class Config:
    def __init__(self, **kw):
        self._data = dict(kw)

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __getitem__(self, key):
        return self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)


c = Config(debug=True, level=3)
print(c.debug, c["level"], "debug" in c, len(c), getattr(c, "missing", "dflt"))
try:
    c.nothing
except AttributeError as e:
    print(e)


def pipeline(*stages):
    def run(data):
        for st in stages:
            data = st(data)
        return data
    return run


clean = pipeline(
    lambda xs: (s.strip() for s in xs),
    lambda xs: (s for s in xs if s and not s.startswith("#")),
    lambda xs: map(str.upper, xs),
    sorted,
)
print(clean(["  b", "#c", "", "a  ", " d "]))
counts = Counter()
for word, n in itertools.chain([("a", 1), ("b", 2)], zip("abc", itertools.count(10))):
    counts[word] += n
print(counts, counts.total(), +counts, list(counts.elements())[:3])
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
dq = deque(range(5), maxlen=4)
dq.rotate(1)
dq.appendleft(-1)
print(dq, dq.maxlen, dq[0], dq[-1], list(reversed(dq)))
print(functools.reduce(operator.mul, range(1, 11)), math.prod(range(1, 6)), math.comb(10, 3), math.perm(5, 2))
print(sys.getrecursionlimit() > 100, sys.maxsize)
nums = [5, 3, 8, 1, 9, 2]
heapq.heapify(nums)
print(nums, [heapq.heappop(nums) for _ in range(3)], heapq.merge([1, 4], [2, 3]) is not None, list(heapq.merge([1, 4], [2, 3])))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, round(-2.5), round(0.125, 2), int("-0x1f", 16), 10 ** -2, 2 ** 100 % 97)
print(sorted({"b": 2, "a": 3}.items(), key=operator.itemgetter(1), reverse=True), list(itertools.product([0, 1], repeat=2)))
print("%s|%r|%d|%x|%o|%e|%g|%c" % ("s", "r", 42, 255, 8, 12345.678, 0.00001234, 65))
print(any(x > 8 for x in nums), all([]), min([], default=None), max("abc"), sum([0.1] * 10), sum([[1], [2]], []))
