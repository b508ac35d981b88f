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
# The item found through a key of unknown type is the container's own object: mutating
# it reaches the container (a sudoku solver's grid[r][c] = v with r, c from a tuple).
grid = [[0, 0], [0, 0]]
best = None
for r in range(2):
    best = (r, 1)
r, c = best
grid[r][c] = 5
grid[r].append(7)
print(grid, grid[r] is grid[1])
lists = {"a": [1], "b": [2]}
k = "a" if q else None
lists[k].append(9)
lists[k] += [10]
print(lists, lists[k] is lists["a"])
pair = ([1], [2])
j = best[0] if best else None
pair[j].append(3)
print(pair)
nested = {1: {"x": [0]}}
nested[1.0 if q else 1]["x"].append(4)
print(nested)
try:
    lists[["unhashable"] if q else "a"]
except TypeError as e:
    print("TypeError", e)
try:
    lists[None if q else "a"]
except KeyError as e:
    print("KeyError", e)
print(grid[slice(0, 1) if q else 0], pair[j - 1 :] if j else 0)
