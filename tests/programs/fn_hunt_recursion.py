# Recursion: memoised DP, deep recursion with a raised limit, RecursionError when it overflows.
import sys
from functools import lru_cache

sys.setrecursionlimit(5000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(3000), sys.getrecursionlimit())


@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"))


def partitions(n, k=None, memo={}):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]


print([partitions(i) for i in range(1, 15)], partitions(100))


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10)), hanoi(2))


def permutations(xs):
    if len(xs) <= 1:
        yield list(xs)
        return
    for i, x in enumerate(xs):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            yield [x] + rest


print(list(permutations([1, 2, 3])), sum(1 for _ in permutations(list(range(6)))))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(3, 3))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(1000), is_odd(777))


class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)

    def total(self):
        return self.val + sum(c.total() for c in self.children)

    def height(self):
        return 1 + max((c.height() for c in self.children), default=0)


tree = Node(1, [Node(2, [Node(4), Node(5, [Node(8)])]), Node(3, [Node(6), Node(7)])])
print(tree.total(), tree.height())


def forever(n):
    return forever(n + 1) + 1


sys.setrecursionlimit(1000)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(500))


def nested_lists(n):
    return [] if n == 0 else [nested_lists(n - 1)]


print(str(nested_lists(5)))
forever(0)
