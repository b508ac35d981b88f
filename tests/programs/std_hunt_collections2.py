# Hunt: collections toolbox (found: hasattr(Counter(), 'total') was False).
from collections import Counter, defaultdict, deque, namedtuple, ChainMap, OrderedDict

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p._asdict(), p._replace(x=10), Point._fields, Point._make([1, 2]), p.x * p.y)
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c, c.most_common(2), c["dog"], sum(c.values()), list(c.elements())[:5])
c2 = Counter(the=1, cat=5)
print(c + c2, c - c2, c & c2, c | c2, c.total() if hasattr(c, "total") else 0)
c.subtract(["the", "the"])
print(c, +c, -Counter(a=-2))
graph = defaultdict(set)
for a, b in [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")]:
    graph[a].add(b)
    graph[b].add(a)
def bfs(start):
    seen, q, order = {start}, deque([start]), []
    while q:
        n = q.popleft()
        order.append(n)
        for m in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
print(bfs("a"), dict(sorted((k, sorted(v)) for k, v in graph.items())))
dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq.count(3), list(reversed(dq)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm2 = cm.new_child({"c": 4})
print(cm["a"], cm["b"], dict(cm), list(cm2), cm2.parents, len(cm2))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od["d"] = 1
print(od, od.popitem(last=False), list(od.keys()))
window = deque(maxlen=3)
avgs = []
for x in [1, 5, 2, 8, 3, 9]:
    window.append(x)
    avgs.append(round(sum(window) / len(window), 2))
print(avgs)
inv = defaultdict(int)
for item, n in [("apple", 3), ("pear", 2), ("apple", 4)]:
    inv[item] += n
print(inv, inv["missing"], sorted(inv))
