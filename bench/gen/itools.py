# itertools (islice, takewhile, chain) over generators.
import sys
from itertools import chain, islice, takewhile


def nums(n):
    i = 0
    while True:
        yield i
        i += 1
        if i == n:
            i = 0


def odds(n):
    for i in range(n):
        if i % 2:
            yield i


N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
t = 0
for x in islice(nums(1000), N):
    t += x
print(t)
u = 0
for x in takewhile(lambda v: v < N, odds(2 * N)):
    u += x
print(u)
w = 0
for x in chain(odds(N), islice(nums(N), N), odds(N)):
    w += x
    if w > 10 ** 15:
        break
print(w)
