# bisect and heapq on typed lists (inference keeps the item type; codegen calls the
# runtime functions on the list itself), and sorting typed tuples by their total order:
# bounds, errors, big ints, unicode, NaN, mixed int/float, instances with __lt__.
import bisect
import heapq

data = [5, 1, 9, 3, 3, 7]
data.sort()
print(data, bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect(data, 100))
print(bisect.bisect_left(data, 3, 3), bisect.bisect_left(data, 3, 0, 2), bisect.bisect_left(data, 3, 0, None))
print(bisect.bisect_left(data, 3, 0, -1), bisect.bisect_left(data, 3, 0, -5))
bisect.insort(data, 4)
bisect.insort_left(data, 3)
bisect.insort_right(data, -2, 0)
print(data)
w = []
for q in [10, -3, 7, 7, 2 ** 70, -(2 ** 70), 0]:
    bisect.insort(w, q)
print(w, bisect.bisect_left(w, 7), bisect.bisect_right(w, 7))
f = [0.5, 1.5, 2.5]
print(bisect.bisect_left(f, 1), bisect.bisect_left(f, 1.5))
s = sorted("hello world unicode é ß".split())
print(s, bisect.bisect_left(s, "unicode"), bisect.bisect_right(s, "é"))
h = []
for d, name in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (4, "d")]:
    heapq.heappush(h, (d, name))
print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
nums = [9, 4, 7, 1, -2, 6, 0]
heapq.heapify(nums)
print(nums, heapq.heappushpop(nums, -5), heapq.heapreplace(nums, 8), nums)
print(heapq.heappushpop([], 3))
try:
    bisect.bisect_left(data, 3, -1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.bisect_left(data, 3, 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    bisect.bisect_left(data, 3, 0, 100)
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
mixed = [(1, None), (1, None)]
try:
    heapq.heapify(mixed)
    heapq.heappush(mixed, (1, None))
except TypeError as e:
    print("TypeError", e)
print(mixed)


class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        print("lt", self.name, other.name)
        return self.pri < other.pri

    def __repr__(self):
        return "Task(%d, %s)" % (self.pri, self.name)


tasks = []
for p, n in [(3, "x"), (1, "y"), (2, "z")]:
    heapq.heappush(tasks, Task(p, n))
print(heapq.heappop(tasks), tasks)
ts = [Task(1, "a"), Task(5, "b")]
print(bisect.bisect_left(ts, Task(3, "q")))
big = [i * i for i in range(3000)]
heapq.heapify(big)
print(big[:5], len(big))
print(heapq.heappop(data), data)
data2 = [3, 1, 2]
heapq.heapify(data2)
heapq.heappush(data2, 0.5)
print(data2)
pairs = [(v % 7, -v, str(v)) for v in range(30, -5, -3)]
pairs.sort()
print(pairs)
pairs.sort(reverse=True)
print(pairs)
ws = [("b", 2), ("a", 2), ("é", 1), ("a", 1), ("", 0), ("ß", 3)]
print(sorted(ws), sorted(ws, reverse=True))
print(sorted(ws, key=lambda t: (t[1], t[0])))
print(sorted(ws, key=lambda t: (-t[1], t[0]), reverse=True))
fl = [(0.0, "x"), (-0.0, "y"), (1.5, "z"), (-2.5, "w"), (0.0, "a")]
fl.sort()
print(fl)
nan = float("nan")
fn = [(1.0, "a"), (nan, "b"), (0.5, "c"), (nan, "a")]
fn.sort()
print(fn)
bl = [(True, 1), (False, 2), (True, 0), (False, 2)]
bl.sort()
print(bl)
big = [(2 ** 80, 1), (-(2 ** 80), 2), (3, 3), (2 ** 80, 0)]
big.sort()
print(big)
counts = {"the": 5, "a": 5, "zeta": 1, "b": 3}
ranked = [(-c, w) for w, c in counts.items()]
ranked.sort()
print(ranked)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = [((1, 2), "a"), ((1, 1), "b"), ((0, 9), "c")]
nested.sort()
print(nested)
try:
    bad = [(1, None), (1, None), (0, None)]
    bad.sort()
    print(bad)
    bad2 = [(1, None), (1, None)]
    bad2.sort()
    print(bad2)
except TypeError as e:
    print("TypeError", e)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.count = 0

    def push(self, when, what):
        heapq.heappush(self.heap, (when, self.count, what))
        self.count += 1

    def run(self):
        while self.heap:
            when, _, what = heapq.heappop(self.heap)
            print("run", when, what)


s = Scheduler()
s.push(5, "late")
s.push(1, "early")
s.push(1, "early too")
s.run()
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_right("aceg", "d"))
shared = [4, 2, 8]
alias = shared
heapq.heapify(alias)
print(shared, shared is alias, sorted(shared, key=lambda v: -v))
seen = {"heap": [3, 1]}
heapq.heapify(seen["heap"])
print(seen)
from collections import deque
try:
    heapq.heappush(deque([1]), 2)
except TypeError as e:
    print("TypeError", e)
dist = {"a": 0}
pq = [(0, "a")]
graph = {"a": [("b", 4), ("c", 1)], "c": [("b", 2)], "b": []}
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, 10 ** 9):
        continue
    for v, w in graph[u]:
        if d + w < dist.get(v, 10 ** 9):
            dist[v] = d + w
            heapq.heappush(pq, (d + w, v))
print(sorted(dist.items()))
print(heapq.heappop([]))
