# deque, Counter, defaultdict and heaps passed to and returned from functions.
from collections import deque, Counter, defaultdict
import heapq


def push_all(q, items):
    for x in items:
        q.append(x)
    return len(q)


def top(counter, n):
    return counter.most_common(n)


def make_graph(pairs):
    g = defaultdict(list)
    for a, b in pairs:
        g[a].append(b)
    return g


def kth_smallest(nums, k):
    h = list(nums)
    heapq.heapify(h)
    r = None
    for _ in range(k):
        r = heapq.heappop(h)
    return r


q = deque()
print(push_all(q, [1, 2, 3]), q)
print(top(Counter("banana"), 2))
g = make_graph([(1, 2), (1, 3), (2, 3)])
print(g, g[1], len(g[5]), g)
print(kth_smallest([5, 2, 9, 1], 2), kth_smallest(range(10, 0, -1), 3))
total: int = 0
for v in deque([4, 5]):
    total += v
print(total)
n = len(deque("abc")) + 1
print(n * 2)
