import graphlib
from graphlib import TopologicalSorter, CycleError
from collections import defaultdict, deque

PACKAGES = {
    "app": ["web", "db", "log"],
    "web": ["http", "log", "tmpl"],
    "db": ["log", "pool"],
    "http": ["socket", "log"],
    "tmpl": ["escape"],
    "pool": [],
    "socket": [],
    "log": ["fmt"],
    "fmt": [],
    "escape": [],
}


def topo_by_hand(graph):
    indeg = {n: 0 for n in graph}
    users = defaultdict(list)
    for n, deps in graph.items():
        for d in deps:
            indeg.setdefault(d, 0)
            indeg[n] += 1
            users[d].append(n)
    ready = deque(sorted(n for n, k in indeg.items() if k == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(indeg):
        stuck = sorted(n for n, k in indeg.items() if k > 0)
        raise ValueError(f"cycle among {stuck}")
    return order


def find_cycle(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict.fromkeys(graph, WHITE)
    stack = []

    def visit(n):
        color[n] = GREY
        stack.append(n)
        for d in graph.get(n, ()):
            if color.get(d, WHITE) == GREY:
                return stack[stack.index(d):] + [d]
            if color.get(d, WHITE) == WHITE:
                found = visit(d)
                if found:
                    return found
        stack.pop()
        color[n] = BLACK
        return None

    for n in sorted(graph):
        if color[n] == WHITE:
            c = visit(n)
            if c:
                return c
    return None


order = topo_by_hand(PACKAGES)
print("by hand:", order)
ts = TopologicalSorter(PACKAGES)
static = list(ts.static_order())
print("graphlib:", len(static), static[-1])
pos = {n: i for i, n in enumerate(static)}
print(all(pos[d] < pos[n] for n, deps in PACKAGES.items() for d in deps))

ts2 = TopologicalSorter()
for n, deps in PACKAGES.items():
    ts2.add(n, *deps)
ts2.prepare()
rounds = []
while ts2.is_active():
    batch = sorted(ts2.get_ready())
    rounds.append(batch)
    ts2.done(*batch)
for i, r in enumerate(rounds):
    print(f"round {i}: {', '.join(r)}")
print(bool(ts2), ts2.is_active())

cyclic = dict(PACKAGES)
cyclic["fmt"] = ["app"]
try:
    topo_by_hand(cyclic)
except ValueError as e:
    print("ValueError:", e)
print("cycle:", " -> ".join(find_cycle(cyclic)))
try:
    list(TopologicalSorter(cyclic).static_order())
except CycleError as e:
    msg, cyc = e.args
    print(type(e).__name__, msg, len(cyc) - 1, cyc[0] == cyc[-1], issubclass(CycleError, ValueError))

ts3 = TopologicalSorter({"a": ["b"]})
try:
    ts3.get_ready()
except ValueError as e:
    print("ValueError:", e)
ts3.prepare()
try:
    ts3.add("c")
except ValueError as e:
    print("ValueError:", e)
print(ts3.get_ready())
try:
    ts3.done("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    ts3.done("a")
except ValueError as e:
    print("ValueError:", e)
ts3.done("b")
print(ts3.get_ready(), ts3.is_active())
ts3.done("a")
print(ts3.is_active(), graphlib.__name__)
