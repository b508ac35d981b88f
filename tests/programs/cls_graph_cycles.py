# A graph of Node objects with cycles: DFS, BFS, cycle detection, reachability.
from collections import deque


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def connect(self, *others):
        for o in others:
            self.edges.append(o)
        return self

    def __repr__(self):
        return f"Node({self.name})"


a, b, c, d, e, f = (Node(n) for n in "abcdef")
a.connect(b, c)
b.connect(d)
c.connect(d, e)
d.connect(a)          # cycle a -> b -> d -> a
e.connect(e)          # self loop
f.connect(a)          # f is not reachable from a


def dfs(start):
    seen = set()
    order = []

    def visit(n):
        if n in seen:
            return
        seen.add(n)
        order.append(n.name)
        for m in n.edges:
            visit(m)

    visit(start)
    return order


def bfs_path(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        n = q.popleft()
        if n is goal:
            path = []
            while n is not None:
                path.append(n.name)
                n = prev[n]
            return path[::-1]
        for m in n.edges:
            if m not in prev:
                prev[m] = n
                q.append(m)
    return None


def find_cycle(start):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {}
    stack = []

    def visit(n):
        color[n] = GREY
        stack.append(n)
        for m in n.edges:
            state = color.get(m, WHITE)
            if state == GREY:
                return stack[stack.index(m):] + [m]
            if state == WHITE:
                found = visit(m)
                if found:
                    return found
        stack.pop()
        color[n] = BLACK
        return None

    cyc = visit(start)
    return [n.name for n in cyc] if cyc else None


print("dfs from a:", dfs(a))
print("dfs from f:", dfs(f))
print("dfs from e:", dfs(e))
print("path a->e:", bfs_path(a, e))
print("path d->c:", bfs_path(d, c))
print("path a->f:", bfs_path(a, f))
print("cycle from a:", find_cycle(a))
print("cycle from e:", find_cycle(e))
lonely = Node("z")
print("cycle from z:", find_cycle(lonely))
print("path b->a:", bfs_path(b, a))
print("edges of c:", c.edges, "d.edges[0] is a:", d.edges[0] is a)

# Rewiring through an alias changes the graph everyone sees.
alias = b
alias.edges.clear()
print("after rewiring:", dfs(a), bfs_path(a, d))
