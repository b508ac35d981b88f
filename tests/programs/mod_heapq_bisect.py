# heapq (the C heap operations and nlargest/nsmallest/merge of Lib/heapq.py, tie order
# included) and bisect (lo/hi/key forms, insort into lists and deques).
import heapq
import bisect
from heapq import heappush, heappop, heapify, heappushpop, heapreplace, nlargest, nsmallest, merge
from collections import deque

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heappush(h, x)
print(h)
out = []
while h:
    out.append(heappop(h))
print(out, h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapify(data)
print(data)
print(heappushpop(data, -1), heappushpop(data, 4), data)
print(heapreplace(data, 100), data)
big = []
for i in range(3000):
    big.append((i * 7919) % 1009)
heapify(big)
print(big[:15], big[2999])
s = 0
for i in range(len(big)):
    s += big[i] * (i % 13)
print(s)
tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "read"))
heappush(tasks, (3, "exec"))
heappush(tasks, (1, "alpha"))
print(tasks, heappop(tasks), heappop(tasks))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(nlargest(3, [5, 1, 8, 3, 8, 2]), nsmallest(3, [5, 1, 8, 3, 8, 2]))
print(nlargest(2, words, key=len), nsmallest(2, words, key=len), nlargest(3, words, len))
print(nlargest(1, words, key=len), nsmallest(1, words), nlargest(0, words), nsmallest(-2, words))
print(nlargest(10, [3, 1, 2]), nsmallest(10, "cab"), nlargest(2, zip("xyz", "abc")))
pairs = [(1, "a"), (3, "b"), (3, "c"), (2, "d"), (3, "e"), (1, "f")]
print(nlargest(3, pairs), nsmallest(3, pairs, key=len))
print(nsmallest(4, [4, 4, 4, 4, 1, 4, 4], key=abs), nlargest(2, range(100)), nsmallest(3, range(100, 0, -3)))
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(merge([7, 5, 1], [8, 2], reverse=True)), list(merge()), list(merge([1, 2])))
print(list(merge([3, 1], [2], key=abs, reverse=True)), list(merge("ace", "bdf")))

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 9), bisect.bisect_left(a, 4, lo=1, hi=6))
print(bisect.bisect_right(a, 2, hi=-1), bisect.bisect_right(a, 2, 0, -5), bisect.bisect_left((1, 3, 5), 4), bisect.bisect_left("aceg", "d"))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 2.0)
bisect.insort(a, 0, 0, 0)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left([1, -3, 5], 3, key=abs), bisect.bisect_right([1, -3, 5], 3, key=abs))
print(bisect.bisect_right(["x", "yy", "zzz"], 2, key=len))
w = ["a", "ccc"]
bisect.insort(w, "bb", key=len)
print(w)
dq = deque([1, 3, 5])
bisect.insort(dq, 4)
print(dq, bisect.bisect(dq, 3))
grades = []
for score in [33, 99, 77, 70, 89, 90, 100]:
    grades.append("FDCBA"[bisect.bisect([60, 70, 80, 90], score)])
print(grades)

for i in range(12):
    try:
        if i == 0:
            heappop([])
        elif i == 1:
            heapreplace([], 1)
        elif i == 2:
            heappush((), 1)
        elif i == 3:
            heappush([])
        elif i == 4:
            heapify([1, "a", 2])
        elif i == 5:
            bisect.bisect([1], 1, -1)
        elif i == 6:
            bisect.bisect([1], 1, "a")
        elif i == 7:
            bisect.bisect([1])
        elif i == 8:
            nlargest(2.5, [1, 2, 3])
        elif i == 9:
            nlargest("x", [1, 2, 3])
        elif i == 10:
            heapq.heapify([], 1)
        elif i == 11:
            print(nsmallest(2, [3, "a", 1]))
    except Exception as e:
        print(i, type(e).__name__, e)
