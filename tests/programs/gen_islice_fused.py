# itertools.islice over generator calls consumed on the spot (fused into the consumer):
# how many items islice pulls (the generator prints each one it makes), every argument
# form, early exits, nesting, errors in the bounds, and islice objects kept as values.
import itertools
from itertools import islice


def noisy(n, tag):
    for i in range(n):
        print(f"  {tag} makes {i}")
        yield i * 10


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def arg(v, label):
    print(f"  arg {label}")
    return v


def doubled(xs):
    for x in xs:
        yield x * 2


print("stop only:", list(islice(noisy(10, "a"), 3)))
print("start, stop:", list(islice(noisy(10, "b"), 2, 4)))
print("step:", list(islice(noisy(10, "c"), 0, 5, 3)))
print("start past stop:", list(islice(noisy(10, "d"), 5, 2)))
print("stop 0:", list(islice(noisy(10, "e"), 0)))
print("stop None:", list(islice(noisy(3, "f"), None)))
print("None, None, 2:", list(islice(noisy(5, "g"), None, None, 2)))
print("short source:", list(islice(noisy(2, "h"), 5)))
print("sum:", sum(islice(naturals(), 1000)), sum(islice(fib(), 90)))
print("max:", max(islice(fib(), 1, 30, 7)), sorted(islice(naturals(), 3, 9), reverse=True))
print("join:", "-".join(islice((str(x) for x in naturals()), 5)))
print("any:", any(x > 3 for x in islice(noisy(10, "i"), 8)))
print("big:", list(islice(fib(), 200, 201)))
for x in islice(noisy(10, "j"), 1, 8, 2):
    if x == 50:
        print("break at", x)
        break
    print("loop got", x)
else:
    print("no break")
for x in islice(noisy(10, "k"), 2):
    print("loop2 got", x)
    continue
else:
    print("else after islice stop")
print("nested:", list(islice(islice(noisy(20, "l"), 2, 15), 1, 6, 2)))
print("param:", list(doubled(islice(noisy(9, "m"), 4, 6))))
g = noisy(5, "n")
print("deferred:", list(islice(g, 2)), list(g))
it = islice(noisy(6, "o"), 4)
print("object:", next(it), list(it), list(it))
print("typed:", [x + 0.5 for x in islice(fib(), 5)])
print("enumerate:", [(i, x) for i, x in enumerate(islice(naturals(), 3))])
for bad in [(-1,), (1, -2), (0, 5, 0), ("3",), (2.0,)]:
    try:
        print(list(islice(noisy(3, "p"), *bad)))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(list(islice(noisy(3, "q"), arg(1, "start"), arg(-5, "stop"))))
except ValueError as e:
    print("ValueError:", e)
print(list(itertools.islice(noisy(4, "r"), arg(1, "a"), arg(None, "b"))))
