# yield from chains: a delegating pipeline and a recursive tree walk.
import sys


def leaf(lo, hi):
    for i in range(lo, hi):
        yield i


def chunks(n, size):
    for lo in range(0, n, size):
        yield from leaf(lo, min(n, lo + size))


def walk(lo, hi):
    # in-order walk of an implicit balanced tree over [lo, hi)
    if hi - lo <= 8:
        yield from leaf(lo, hi)
        return
    mid = (lo + hi) // 2
    yield from walk(lo, mid)
    yield mid
    yield from walk(mid + 1, hi)


N = int(sys.argv[1]) if len(sys.argv) > 1 else 700000
t = 0
for x in chunks(N, 50):
    t += x
print(t)
u = 0
for x in walk(0, N):
    u = (u * 31 + x) % 1000000007
print(u)
