from collections import deque
import heapq


class Node:
    __slots__ = ("name", "edges", "visited")

    def __init__(self, name):
        self.name = name
        self.edges = []
        self.visited = False

    def connect(self, other, weight=1):
        self.edges.append((other, weight))
        return self

    def __repr__(self):
        return f"Node({self.name!r})"

    def __lt__(self, other):
        return self.name < other.name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Node) and self.name == other.name


class Graph:
    def __init__(self, directed=False):
        self.nodes = {}
        self.directed = directed

    def node(self, name):
        if name not in self.nodes:
            self.nodes[name] = Node(name)
        return self.nodes[name]

    def add_edge(self, a, b, w=1):
        na, nb = self.node(a), self.node(b)
        na.connect(nb, w)
        if not self.directed:
            nb.connect(na, w)

    def __getitem__(self, name):
        return self.nodes[name]

    def __iter__(self):
        yield from self.nodes.values()

    def __len__(self):
        return len(self.nodes)

    def bfs(self, start):
        seen = {start}
        order = []
        q = deque([self[start]])
        while q:
            n = q.popleft()
            order.append(n.name)
            for m, _ in n.edges:
                if m.name not in seen:
                    seen.add(m.name)
                    q.append(m)
        return order

    def dfs(self, start):
        for n in self:
            n.visited = False
        out = []

        def visit(n):
            n.visited = True
            out.append(n.name)
            for m, _ in sorted(n.edges):
                if not m.visited:
                    visit(m)

        visit(self[start])
        return out

    def dijkstra(self, start):
        dist = {start: 0}
        pq = [(0, self[start])]
        done = set()
        while pq:
            d, n = heapq.heappop(pq)
            if n in done:
                continue
            done.add(n)
            for m, w in n.edges:
                nd = d + w
                if nd < dist.get(m.name, float("inf")):
                    dist[m.name] = nd
                    heapq.heappush(pq, (nd, m))
        return dict(sorted(dist.items()))

    def topo(self):
        indeg = {n.name: 0 for n in self}
        for n in self:
            for m, _ in n.edges:
                indeg[m.name] += 1
        ready = sorted(k for k, v in indeg.items() if v == 0)
        out = []
        while ready:
            k = ready.pop(0)
            out.append(k)
            for m, _ in self[k].edges:
                indeg[m.name] -= 1
                if indeg[m.name] == 0:
                    ready.append(m.name)
                    ready.sort()
        if len(out) != len(self):
            raise ValueError("cycle detected")
        return out


g = Graph()
for a, b, w in [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5), ("c", "d", 8), ("d", "e", 3)]:
    g.add_edge(a, b, w)
print(len(g), g["a"], g["a"].edges[:1])
print(g.bfs("a"))
print(g.dfs("a"))
print(g.dijkstra("a"))
print(sorted(g, reverse=True))
print(Node("x") == Node("x"), Node("x") in {Node("x")}, Node("q") != Node("r"))

dag = Graph(directed=True)
for a, b in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add_edge(a, b)
print(dag.topo())
dag.add_edge("jacket", "shirt")
try:
    dag.topo()
except ValueError as e:
    print("error:", e)
n = Node("z")
try:
    n.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(Node.__slots__, hasattr(n, "__dict__"))
dag["missing"]
