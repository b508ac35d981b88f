# Graph algorithms on Node objects: Dijkstra, BFS levels, topological sort, connected components.
import heapq
from typing import Dict, List, Optional, Tuple


class Node:
    def __init__(self, name: str):
        self.name = name
        self.out: List[Tuple["Node", int]] = []

    def __repr__(self):
        return self.name

    def __lt__(self, other: "Node"):
        return self.name < other.name


class Graph:
    def __init__(self, directed=False):
        self.nodes: Dict[str, Node] = {}
        self.directed = directed

    def node(self, name) -> Node:
        if name not in self.nodes:
            self.nodes[name] = Node(name)
        return self.nodes[name]

    def add_edge(self, a, b, w=1):
        na, nb = self.node(a), self.node(b)
        na.out.append((nb, w))
        if not self.directed:
            nb.out.append((na, w))

    @classmethod
    def from_text(cls, text, directed=False):
        g = cls(directed)
        for line in text.strip().splitlines():
            parts = line.split()
            if len(parts) == 1:
                g.node(parts[0])
            else:
                g.add_edge(parts[0], parts[1], int(parts[2]) if len(parts) > 2 else 1)
        return g

    def dijkstra(self, start: str) -> Tuple[Dict[str, int], Dict[str, Optional[str]]]:
        src = self.nodes[start]
        dist = {src.name: 0}
        prev: Dict[str, Optional[str]] = {src.name: None}
        heap = [(0, src)]
        done = set()
        while heap:
            d, n = heapq.heappop(heap)
            if n.name in done:
                continue
            done.add(n.name)
            for m, w in n.out:
                nd = d + w
                if m.name not in dist or nd < dist[m.name]:
                    dist[m.name] = nd
                    prev[m.name] = n.name
                    heapq.heappush(heap, (nd, m))
        return dist, prev

    def path(self, start, goal):
        dist, prev = self.dijkstra(start)
        if goal not in dist:
            raise KeyError(f"{goal} unreachable from {start}")
        out, cur = [], goal
        while cur is not None:
            out.append(cur)
            cur = prev[cur]
        return out[::-1], dist[goal]

    def bfs_levels(self, start):
        level = {start: 0}
        frontier = [self.nodes[start]]
        while frontier:
            nxt = []
            for n in frontier:
                for m, _ in sorted(n.out):
                    if m.name not in level:
                        level[m.name] = level[n.name] + 1
                        nxt.append(m)
            frontier = nxt
        return level

    def components(self):
        seen, comps = set(), []
        for name in sorted(self.nodes):
            if name in seen:
                continue
            stack, comp = [self.nodes[name]], []
            seen.add(name)
            while stack:
                n = stack.pop()
                comp.append(n.name)
                for m, _ in n.out:
                    if m.name not in seen:
                        seen.add(m.name)
                        stack.append(m)
            comps.append(sorted(comp))
        return comps

    def toposort(self):
        indeg = {name: 0 for name in self.nodes}
        for n in self.nodes.values():
            for m, _ in n.out:
                indeg[m.name] += 1
        ready = sorted(name for name, k in indeg.items() if k == 0)
        order = []
        while ready:
            name = ready.pop(0)
            order.append(name)
            for m, _ in self.nodes[name].out:
                indeg[m.name] -= 1
                if indeg[m.name] == 0:
                    ready.append(m.name)
                    ready.sort()
        if len(order) != len(self.nodes):
            stuck = sorted(name for name, k in indeg.items() if k > 0)
            raise ValueError(f"cycle among {stuck}")
        return order


roads = Graph.from_text("""
amsterdam berlin 650
amsterdam brussels 210
brussels paris 310
paris lyon 470
berlin prague 350
prague vienna 330
vienna munich 430
munich lyon 720
berlin munich 585
paris munich 840
reykjavik
lisbon madrid 625
""")
dist, _ = roads.dijkstra("amsterdam")
print(sorted(dist.items(), key=lambda kv: (kv[1], kv[0])))
for goal in ["vienna", "lyon", "munich", "madrid"]:
    try:
        route, km = roads.path("amsterdam", goal)
        print(f"amsterdam -> {goal}: {' - '.join(route)} ({km} km)")
    except KeyError as e:
        print("KeyError:", e)
print(roads.bfs_levels("paris"))
print(roads.components())

deps = Graph.from_text("""
stdlib runtime
runtime codegen
front types
types codegen
codegen cli
runtime cli
docs
""", directed=True)
print(deps.toposort())
deps.add_edge("cli", "front")
try:
    deps.toposort()
except ValueError as e:
    print("ValueError:", e)
print([(n, [m.name for m, _ in deps.nodes[n].out]) for n in deps.nodes])
