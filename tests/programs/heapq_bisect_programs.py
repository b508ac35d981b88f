# heapq and bisect as programs use them: dataclass(order=True) items, lists as items
# mutated in place, a global heap, heapreplace, ties that raise, grades, key=, insort.
import heapq
import bisect
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


jobs = []
heapq.heappush(jobs, Job(3, "c"))
heapq.heappush(jobs, Job(1, "a"))
heapq.heappush(jobs, Job(2, "b"))
print([heapq.heappop(jobs).name for _ in range(3)])

h = []
heapq.heappush(h, [5, "x"])
heapq.heappush(h, [1, "y"])
top = h[0]
top[0] = 9
heapq.heapify(h)
print(h)

G = []


def add(v):
    global G
    heapq.heappush(G, v)


for v in [3.5, 1, 2.25, -7]:
    add(v)
print(G, heapq.heappop(G), type(heapq.heappop(G)).__name__)


def kth_smallest(nums, k):
    heap = [-x for x in nums[:k]]
    heapq.heapify(heap)
    for x in nums[k:]:
        if -x > heap[0]:
            heapq.heapreplace(heap, -x)
    return -heap[0]


print(kth_smallest([7, 10, 4, 3, 20, 15], 3), kth_smallest([1], 1))

ties = []
heapq.heappush(ties, (1, {"a": 1}))
try:
    heapq.heappush(ties, (1, {"b": 2}))
except TypeError as e:
    print("TypeError", e)
print(len(ties))

grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
people = [("bob", 30), ("al", 25)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
print(bisect.bisect_left(ages, 26), bisect.bisect_left(people, 26, key=lambda p: p[1]))
srt = []
for w in "the quick brown fox jumps over the lazy dog".split():
    bisect.insort(srt, w)
print(srt)
print(heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, srt), list(heapq.merge([1, 3], [2, 4])))
m = [[3, 1], [2, 2]]
heapq.heapify(m)
m[0].append(0)
print(m, heapq.heappop(m))
q = [(2, "b"), (1, "a")]
heapq.heapify(q)
print(q is q, heapq.heappushpop(q, (0, "z")), heapq.heappushpop(q, (5, "e")), q)
f = [1.0, float("nan"), 0.5]
heapq.heapify(f)
print(f)
try:
    heapq.heappush(None, 1)
except TypeError as e:
    print("TypeError", e)
print(bisect.bisect_right([1, 2, 2, 3], 2, 1, 3), bisect.bisect_left([], 5))
bisect.insort([1, 2], 3, hi=1)
x = [0]
bisect.insort_left(x, 0, 1)
print(x)
