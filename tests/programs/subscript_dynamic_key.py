# Typed lists, tuples and dicts indexed by keys of unknown type (from a deque): ints,
# bools, slice objects, __index__ objects, wrong types, misses with the exact KeyError.
from collections import deque
q = deque([1, 2])
i = q.popleft()
xs = [10, 20, 30]
names = ["a", "b", "c"]
xs[i] = 99
print(xs, names[i], names[-i], xs[True])
d = {1: "x", 2: "y"}
print(d[i], names[i:], names[q[0]])
t = (1, 2, 3)
print(t[i])
try:
    print(d[True])
except KeyError as e:
    print("KeyError", e)
try:
    print(d[q[0] + 5])
except KeyError as e:
    print("KeyError", e)
try:
    print(names[q[0] + 5])
except IndexError as e:
    print("IndexError", e)
try:
    print(names["x" if q else 0])
except TypeError as e:
    print("TypeError", e)
td = {(1, 2): "p", (0, 0): "o"}
key = (True, q[0])
print(td[key], td[(q[0] - 2, 0)])
try:
    print(td[(True, 5)])
except KeyError as e:
    print("KeyError", e)
fd = {1.5: "f", 2.0: "two"}
print(fd[q[0]], d[1.0 if q else 1], t[-q[0]], names[slice(0, q[0])] if q else 0)
class Idx:
    def __index__(self):
        return 1
print(names[Idx() if q else 0], t[Idx() if q else 0])
tv = tuple(names)
print(tv[q[0]], tv[False if q else 1])
