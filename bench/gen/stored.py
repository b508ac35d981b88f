# Generator pipelines built stage by stage: each stage stored in a variable, passed
# through functions that only iterate it, consumed later (not on the spot).
import sys


def nums(n):
    for i in range(n):
        yield i


def squares(xs):
    for x in xs:
        yield x * x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def scaled(xs, k):
    for x in xs:
        yield x * k % 1000003


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def build(n):
    g = nums(n)
    g = squares(g)
    g = evens(g)
    return g


N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
pipe = build(N)
s = scaled(pipe, 7)
print(total(s))
g = nums(N)
h = squares(g)
print(sum(h) % 1000000007)
