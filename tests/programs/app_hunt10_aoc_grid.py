import re
from collections import deque, Counter
from itertools import product, permutations, combinations, accumulate, pairwise, chain
from functools import cache

INPUT = """\
#########
#S..#...#
#.#.#.#.#
#.#...#E#
#...#...#
#########
"""

grid = [list(line) for line in INPUT.splitlines()]
R, C = len(grid), len(grid[0])
print(R, C)
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'S')
end = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'E')
print("start", start, "end", end)

def bfs(start, end):
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if (r, c) == end:
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if grid[nr][nc] != '#' and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1

print("bfs", bfs(start, end))

# complex grid
cgrid = {complex(c, r): ch for r, line in enumerate(INPUT.splitlines()) for c, ch in enumerate(line)}
walls = sum(1 for v in cgrid.values() if v == '#')
print("walls", walls, len(cgrid))
pos = next(k for k, v in cgrid.items() if v == 'S')
print("pos", pos, type(pos).__name__)
d = 1j
for step in range(5):
    if cgrid.get(pos + d) == '.':
        pos += d
    else:
        d *= -1j
    print(step, pos, d)

# numbers
NUMS = """
3   4
4   3
2   5
1   3
3   9
3   3
"""
pairs = [tuple(map(int, line.split())) for line in NUMS.strip().splitlines()]
left, right = map(sorted, zip(*pairs))
print(left, right)
print(sum(abs(a - b) for a, b in zip(left, right)))
rc = Counter(right)
print(rc, sum(x * rc[x] for x in left))

text = "mul(2,4)%&mul[3,7]!@^do_not_mul(5,5)+mul(32,64]then(mul(11,8)mul(8,5))"
muls = re.findall(r"mul\((\d{1,3}),(\d{1,3})\)", text)
print(muls, sum(int(a) * int(b) for a, b in muls))

c1 = Counter("abracadabra")
c2 = Counter("alakazam")
print(c1 + c2)
print(c1 - c2)
print(c1 & c2)
print(c1 | c2)
print(c1.most_common(3), (c1 + c2).total())

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], max, initial=3)))
print(list(pairwise("abcde")))
print(list(chain.from_iterable([[1, 2], [3], []])))
print(len(list(permutations(range(4), 2))), list(combinations("abcd", 3))[:3])
print(list(product("ab", repeat=2)))

@cache
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)

print([ways(n, n) for n in range(15)])
print(ways.cache_info())

groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(groups), sorted(sorted(g) for g in groups))

words = ["pear", "Apple", "fig", "banana", "kiwi", "Cherry"]
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(max(words, key=len), min(words, key=lambda w: (w[-1], w)))
print(max((len(w), w) for w in words))
print(sorted(words))
print(sorted(words, key=str.casefold))
