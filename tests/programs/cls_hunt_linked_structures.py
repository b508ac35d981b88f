# Hunt: linked list/BST/graph classes (a dynamic index into a typed list may be a slice).
from typing import Optional, Iterator
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
    def __repr__(self):
        return f"Node({self.val!r})"
class LinkedList:
    def __init__(self, items=()):
        self.head: Optional[Node] = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def __iter__(self) -> Iterator:
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0: i += len(self)
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("list index out of range")
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
    def __add__(self, o):
        return LinkedList(list(self) + list(o))
    def __bool__(self):
        return self.head is not None
ll = LinkedList([3, 1, 2])
print(ll, len(ll), ll[0], ll[-1], ll[1:], list(reversed(ll)), 2 in ll, 9 in ll)
print(ll + LinkedList("ab"), ll == LinkedList([3, 1, 2]), bool(LinkedList()), sorted(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
n = Node(1)
try:
    n.other = 5
except AttributeError as e:
    print(e)
class BST:
    class _N:
        def __init__(self, k):
            self.k = k; self.l = None; self.r = None
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, k):
        def go(n):
            if n is None:
                self.size += 1
                return BST._N(k)
            if k < n.k: n.l = go(n.l)
            elif k > n.k: n.r = go(n.r)
            return n
        self.root = go(self.root)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)
    def height(self, n=...):
        if n is ...: n = self.root
        if n is None: return 0
        return 1 + max(self.height(n.l), self.height(n.r))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t.insert(k)
print(list(t), t.size, t.height(), BST._N.__qualname__)
class Graph:
    def __init__(self):
        self.adj = {}
    def add(self, a, b):
        self.adj.setdefault(a, set()).add(b)
        self.adj.setdefault(b, set()).add(a)
    def bfs(self, s):
        seen, q, out = {s}, [s], []
        while q:
            x = q.pop(0); out.append(x)
            for y in sorted(self.adj[x]):
                if y not in seen:
                    seen.add(y); q.append(y)
        return out
    def __repr__(self):
        return f"Graph({ {k: sorted(v) for k, v in self.adj.items()} })"
g = Graph()
for a, b in [(1, 2), (2, 3), (1, 4), (4, 5), (3, 5)]:
    g.add(a, b)
print(g, g.bfs(1))
