# molt's graphlib, written for molt and compiled as a module of a program that imports
# graphlib (crates/molt-front/src/modules_graph.rs, PY_STDLIB). It gives CPython 3.11's
# results: the same ready groups in the same order, the same cycle reported, the same
# errors. `TopologicalSorter[...]` (a types.GenericAlias of a Python class, which molt
# cannot make) raises NotImplementedError.

__all__ = ["TopologicalSorter", "CycleError"]

# A node's count of predecessors not yet done; these two values mark a node handed out
# by get_ready() and one marked done().
_HANDED_OUT = -1
_FINISHED = -2


# The end of a successor iterator (any value may be a node).
_END = object()


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists its nodes, the
    first repeated at the end."""


class _Entry:
    __slots__ = ("node", "waiting", "after")

    def __init__(self, node):
        self.node = node
        # Predecessors not done yet (or one of the markers above).
        self.waiting = 0
        # The nodes that name this one as a predecessor, once per mention.
        self.after = []


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically."""

    def __init__(self, graph=None):
        self._entries = {}
        self._ready = None
        self._handed = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _entry(self, node):
        e = self._entries.get(node)
        if e is None:
            e = self._entries[node] = _Entry(node)
        return e

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        e = self._entry(node)
        e.waiting += len(predecessors)
        for p in predecessors:
            self._entry(p).after.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [e.node for e in self._entries.values() if e.waiting == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        self._check_prepared()
        out = tuple(self._ready)
        for node in out:
            self._entries[node].waiting = _HANDED_OUT
        self._ready.clear()
        self._handed += len(out)
        return out

    def is_active(self):
        self._check_prepared()
        return self._finished < self._handed or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._check_prepared()
        entries = self._entries
        for node in nodes:
            e = entries.get(node)
            if e is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = e.waiting
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if state == _FINISHED:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {state}")
            e.waiting = _FINISHED
            for succ in e.after:
                s = entries[succ]
                s.waiting -= 1
                if s.waiting == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _cycle(self):
        # A depth-first walk from each node in insertion order, successors in the order
        # they were added; the first edge back into the current path closes the cycle.
        entries = self._entries
        visited = set()
        for start in entries:
            if start in visited:
                continue
            path = []
            where = {}
            todo = []
            node = start
            while True:
                if node in visited:
                    if node in where:
                        return path[where[node]:] + [node]
                else:
                    visited.add(node)
                    todo.append(iter(entries[node].after))
                    where[node] = len(path)
                    path.append(node)
                # The next successor of the deepest node on the path that has one.
                while path:
                    nxt = next(todo[-1], _END)
                    if nxt is not _END:
                        node = nxt
                        break
                    del where[path.pop()]
                    todo.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        raise NotImplementedError(
            "molt: graphlib.TopologicalSorter[...] (a types.GenericAlias) is not supported"
        )
