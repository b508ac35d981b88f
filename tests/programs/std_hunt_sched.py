import heapq
import bisect
from collections import deque, namedtuple

Task = namedtuple("Task", "priority name duration")
tasks = [Task(3, "write", 5), Task(1, "plan", 2), Task(2, "review", 3), Task(1, "deploy", 1), Task(5, "relax", 8)]
heap = []
for i, t in enumerate(tasks):
    heapq.heappush(heap, (t.priority, i, t))
clock = 0
while heap:
    pr, _, t = heapq.heappop(heap)
    clock += t.duration
    print(f"t={clock:>3} done {t.name} (p{pr})")
print(heapq.nsmallest(2, tasks, key=lambda t: t.duration), heapq.nlargest(2, [5, 1, 9, 3, 9]))
h = [9, 4, 7, 1, 8, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 3), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["b", "a"], ["c"], key=str.upper, reverse=True)))

# Dijkstra
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(dist)
node, path = "F", []
while node != "A":
    path.append(node)
    node = prev[node]
print("->".join(["A"] + path[::-1]))

grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
events = [(1, "a"), (3, "b"), (7, "c")]
keys = [e[0] for e in events]
print(events[bisect.bisect_right(keys, 4) - 1], bisect.bisect_left(events, (3, "")), bisect.bisect(events, (3, "z"), key=None))
print(bisect.bisect_left([1, 2, 3], 2, lo=2), bisect.insort_left(sorted_list, 0) or sorted_list[:3])

# BFS on a grid with deque
maze = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
R, C = len(maze), len(maze[0])
start = next((r, c) for r in range(R) for c in range(C) if maze[r][c] == "S")
q = deque([(start, 0)])
seen = {start}
while q:
    (r, c), d = q.popleft()
    if maze[r][c] == "E":
        print("maze distance", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and maze[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
dq = deque(range(5), maxlen=5)
dq.rotate(2)
print(dq, dq.maxlen)
dq.append(99)
dq.appendleft(-1)
print(dq, list(reversed(dq)), dq.count(99), dq.index(4))
dq.extendleft([7, 8])
print(dq, dq.pop(), dq.popleft(), len(dq))
recent = deque(maxlen=3)
for w in "the quick brown fox jumps".split():
    recent.append(w)
    print(list(recent))
t = Task(1, "x", 2)
print(t, t._replace(name="y"), t._asdict(), Task._fields, Task._make([9, "z", 0]), t.priority < 2)
