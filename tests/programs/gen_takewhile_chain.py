# itertools.takewhile (with a lambda) and chain over generator calls: fused or typed,
# the generators print each item they make, so the pulls must be CPython's.
from itertools import chain, islice, takewhile
import itertools

def fib():
    a, b = 1, 2
    while True:
        yield a
        a, b = b, a + b

def noisy(n, tag):
    for i in range(n):
        print(f"  {tag} makes {i}")
        yield i

print(sum(x for x in takewhile(lambda v: v < 4_000_000, fib()) if x % 2 == 0))
print(list(takewhile(lambda v: v < 3, noisy(10, "a"))))
print(list(takewhile(lambda v: v < 30, noisy(3, "b"))))
print(list(islice(takewhile(lambda v: v < 5, noisy(10, "c")), 2)))
print(list(takewhile(lambda v: v < 5, islice(noisy(10, "d"), 1, 9, 2))))
for x in takewhile(lambda v: v != 4, noisy(8, "e")):
    if x == 2:
        continue
    print("got", x)
else:
    print("else ran")
lim = 3
print(sum(takewhile(lambda v: v <= lim, noisy(6, "f"))), max(takewhile(lambda v: v < 10**30, fib())))
def bad(v):
    if v == 2:
        raise KeyError("pred failed")
    return True
try:
    print(list(itertools.takewhile(lambda v: bad(v), noisy(5, "g"))))
except KeyError as e:
    print("KeyError", e)
print(list(takewhile(lambda v: v, noisy(4, "h"))), list(takewhile(lambda v: [v] * v, noisy(3, "i"))))
tw = takewhile(lambda v: v < 4, noisy(6, "j"))
print(next(tw), list(tw))

def gen(n, tag):
    for i in range(n):
        print(f"  {tag} {i}")
        yield i
def words():
    yield "a"
    yield "b"
print(list(chain(gen(2, "a"), gen(3, "b"))))
print(list(chain(gen(2, "c"), words())))
print(sum(chain(gen(3, "d"), islice(gen(9, "e"), 2))))
c = chain(gen(2, "f"), gen(2, "g"))
print(next(c), list(c))
t = 0
for x in chain(gen(4, "h"), gen(4, "i")):
    t += x * 1.5
    if x == 2:
        break
print(t)
