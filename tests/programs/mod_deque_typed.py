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

# Deques in attributes, parameters, nested; the rest of the deque API on a typed deque.
import copy


class Sched:
    def __init__(self):
        self.q = deque()
        self.done = []

    def add(self, job):
        self.q.append(job)

    def run(self):
        while self.q:
            j = self.q.popleft()
            self.done.append(j * 2)
        return self.done


s = Sched()
for k in range(4):
    s.add(k)
print(s.run(), len(s.q))

def total(q):
    t = 0
    for x in q:
        t += x
    return t


q = deque([5, 6, 7])
print(total(q), max(q), min(q), list(q), tuple(q), sorted(q, reverse=True))
print(list(reversed(q)), list(enumerate(q)), list(zip(q, "abc")))
q.insert(1, 99)
q.remove(6)
del q[0]
print(q, q * 2, q + deque([1]), len(q))
c = copy.copy(q)
c.append(0)
print(q, c, isinstance(q, deque), type(q).__name__, type(q))
dd = deque([deque([1]), deque([2, 3])])
dd[0].append(9)
inner = dd.pop()
inner.appendleft(0)
print(dd, inner)
q2 = deque(maxlen=2)
q2.extend(range(10))
print(q2, q2.maxlen)
q3 = deque("abc")
q3.extend(q3)
q3.extendleft(q3)
print(q3)
try:
    for x in q3:
        q3.popleft()
except RuntimeError as e:
    print("RuntimeError:", e)
print(q3 == deque("cbacba"[1:]), q3 < deque("z"))
z = deque()
print(bool(z), z, repr(z))
try:
    z.rotate("x")
except TypeError as e:
    print("TypeError:", e)
z.rotate()
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
w = deque([(1, "a"), (2, "b")])
for num, ch in w:
    print(num, ch)
w.append((3, "c"))
num, ch = w[-1]
print(num + 1, ch * 2)
pairs = deque()
pairs.append([1, 2])
lst = pairs[0]
lst.append(3)
print(pairs)
try:
    w[5]
except IndexError as e:
    print("IndexError:", e)
try:
    w["a"]
except TypeError as e:
    print("TypeError:", e)
print(w.count((1, "a")), w.index((2, "b")), (3, "c") in w)
w.clear()
w.append((4, "d"))
print(w, w[0][1])
