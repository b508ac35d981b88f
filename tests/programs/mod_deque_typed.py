# Deques whose items the compiler can type (BFS queues, sliding windows, work lists):
# the same deque object whatever path reads it, exact errors, bounded deques, aliasing.
from collections import deque


def bfs(grid, start):
    rows, cols = len(grid), len(grid[0])
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return dist


maze = ["..#....", ".##.##.", "...#...", "#.....#", "..###.."]
d = bfs(maze, (0, 0))
print(len(d), max(d.values()), d.get((4, 6)), d.get((0, 2)))

# Sliding window maximum with a deque of indexes.
def window_max(xs, k):
    out = []
    dq = deque()
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out


print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3), window_max([], 2), window_max([-5], 1))

# Bounded deques drop from the other end; appendleft/extendleft/rotate.
last = deque(maxlen=3)
for w in "the quick brown fox jumps".split():
    last.append(w)
print(last, last.maxlen, len(last), list(last))
last.appendleft("over")
print(last)
nums = deque(range(5))
nums.rotate(2)
print(nums)
nums.rotate(-3)
print(nums, nums[0], nums[-1], 3 in nums, 9 in nums)
nums.extend([7, 8])
nums.extendleft((10, 11))
print(nums, sum(nums), sorted(nums)[:3], nums.count(7), nums.index(8))
nums[1] = 100
print(nums, nums.pop(), nums.popleft(), len(nums))
nums.clear()
print(nums, bool(nums), len(nums))

# Errors are CPython's.
for op in ("pop", "popleft", "index"):
    try:
        if op == "pop":
            nums.pop()
        elif op == "popleft":
            nums.popleft()
        else:
            nums[0]
    except IndexError as e:
        print(op, "IndexError:", e)

# A deque of lists: the lists are shared, not copied.
rows = [[1], [2]]
work = deque(rows)
work.append(rows[0])
work[0].append(99)
print(rows, work, work[0] is rows[0], work[-1] is rows[0])
item = work.popleft()
item.append(5)
print(rows[0], item is rows[0])

# A deque passed around, mutated by a callee, compared, copied.
def drain(q, n):
    got = []
    while q and n > 0:
        got.append(q.popleft())
        n -= 1
    return got


jobs = deque(["a", "b", "c", "d"])
print(drain(jobs, 2), jobs, drain(jobs, 5), jobs)
a = deque([1, 2, 3])
b = a.copy()
b.append(4)
print(a == deque([1, 2, 3]), a == b, a is b, a != b, repr(b), str(a))

# Mutation while iterating is CPython's RuntimeError.
m = deque([1, 2, 3])
try:
    for x in m:
        if x == 2:
            m.append(4)
except RuntimeError as e:
    print("RuntimeError:", e)

# Unicode and big ints travel through.
u = deque(["é", "日本", ""])
u.appendleft(2 ** 100)
print(u, u.popleft() + 1)

# Round-robin scheduler over a deque of (name, remaining) tuples.
tasks = deque([("x", 3), ("y", 1), ("z", 2)])
order = []
while tasks:
    name, left = tasks.popleft()
    order.append(name)
    if left > 1:
        tasks.append((name, left - 1))
print("".join(order))
