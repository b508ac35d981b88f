# Operators of deque subclasses (deque_concat / deque_repeat call type(d)(d, maxlen)) and
# Counter subclasses' rich comparisons (3.10+).
from collections import Counter, deque


class D(deque):
    pass


class Logged(deque):
    def __init__(self, it=(), maxlen=None):
        print("init", list(it), maxlen)
        super().__init__(it, maxlen)


class R:
    def __radd__(self, o):
        return "radd"

    def __rmul__(self, o):
        return "rmul"


d = D([1, 2])
print(d + deque([3]), d * 2, 2 * d, deque([0]) + d, type(d + d).__name__)
print(D([1], maxlen=2) + deque([5, 6, 7]))
d += [9]
print(d, type(d).__name__)
d *= 2
print(d)
e = Logged([1], 3)
print(e + deque([2]), e * 2)
print(D([1]) + R(), deque([1]) + R(), D([1]) * R())
for bad in ([2], "s", 1.5):
    try:
        print(D([1]) + bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    print([2] + D([1]))
except TypeError as err:
    print("TypeError:", err)
try:
    print(D([1]) * "a")
except TypeError as err:
    print("TypeError:", err)
print(D([1]) == deque([1]), D([1, 2]) < deque([1, 3]))


class C(Counter):
    pass


a, b = C("aab"), C("ab")
print(a < b, a > b, a <= b, a >= b, a == b, a != b, b <= a, b < a)
print(C(a=1) == Counter(a=1), Counter(a=1) <= C(a=2), C(a=1) == 5)
print(C(a=1) == {"a": 1}, C(a=1, b=0) == {"a": 1}, C(a=1, b=0) == C(a=1))
print({"a": 1} == C(a=1), C(a=1) != {"a": 2})
try:
    print(C() < {})
except TypeError as err:
    print("TypeError:", err)
