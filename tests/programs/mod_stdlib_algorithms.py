# Typical uses together: BFS with deque, Dijkstra with heapq, word statistics with Counter,
# an adjacency list with defaultdict, an LRU cache with OrderedDict, sliding windows with
# deque(maxlen=), and itertools for combinatorial search.
from collections import deque, Counter, defaultdict, OrderedDict
import heapq
import itertools
import bisect

graph = defaultdict(list)
edges = [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 1), ("c", "d", 5), ("d", "e", 3)]
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))


def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, 10**9):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, 10**9):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


print(bfs("a"), bfs("e"))
print(sorted(dijkstra("a").items()))

text = """It was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness"""
words = text.lower().split()
freq = Counter(words)
print(freq.most_common(4))
print(sorted(freq.elements())[:6], freq.total(), len(freq))
letters = Counter()
for w in words:
    letters.update(w)
print(letters.most_common(3), letters["z"])
lengths = defaultdict(set)
for w in words:
    lengths[len(w)].add(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))


class_cache_order = OrderedDict()
hits = 0
for key in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    if key in class_cache_order:
        hits += 1
        class_cache_order.move_to_end(key)
    else:
        class_cache_order[key] = key * key
        if len(class_cache_order) > 3:
            class_cache_order.popitem(last=False)
print(hits, class_cache_order)

window = deque(maxlen=3)
avgs = []
for x in [3, 8, 1, 9, 4, 7, 2]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(window, avgs)

coins = [1, 5, 10, 25]
ways = 0
for combo in itertools.combinations_with_replacement(coins, 4):
    if sum(combo) == 40:
        ways += 1
print(ways)
best = None
for perm in itertools.permutations(range(5)):
    score = 0
    for i, p in enumerate(perm):
        score += (i + 1) * p
    if best is None or score > best[0]:
        best = (score, perm)
print(best)
grid = list(itertools.product(range(3), repeat=2))
print(grid, len(grid))
for key, grp in itertools.groupby(sorted(words, key=len), key=len):
    print(key, len(list(grp)), end=" | ")
print()
running = list(itertools.accumulate([5, -2, 7, -1]))
print(running, list(itertools.accumulate(running, max)))
sorted_nums = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_nums, x)
print(sorted_nums, bisect.bisect_left(sorted_nums, 5), bisect.bisect_right(sorted_nums, 5))
print(heapq.nsmallest(3, sorted_nums), heapq.nlargest(2, freq.items(), key=len))
print(list(itertools.islice(itertools.cycle("AB"), 5)), list(itertools.pairwise(sorted_nums[:4])))
chunks = []
it = iter_items = deque(range(10))
while it:
    chunk = []
    for _ in range(3):
        if it:
            chunk.append(it.popleft())
    chunks.append(chunk)
print(chunks)
