# Generators: yield, yield from with return values, send, throw, close, PEP 479, islice streams.
import itertools


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    return list(itertools.islice(it, n))


print(take(5, naturals(3)))
print(list(itertools.islice(naturals(), 2, 12, 3)))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), take(3, evens))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(take(15, fib()))


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def grouper(results, key):
    while True:
        results[key] = yield from averager()


results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        print(key, g.send(v))
    g.send(None)
print(results)


def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return x + y


def outer():
    r = yield from inner()
    print("inner returned", r)
    yield r * 10


g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)


def guarded():
    try:
        yield "a"
        yield "b"
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")


g = guarded()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()
g = guarded()
print(next(g))
g.close()
print("closed")
g = guarded()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("propagated", repr(e))


def delegating():
    yield from guarded()


g = delegating()
next(g)
print(g.throw(ValueError("via delegate")))
g.close()


def leaky():
    yield 1
    raise StopIteration("oops")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def with_return():
    yield 1
    return "ret"


g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
print(next(g, "default"), next(iter([]), None))

it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"))
lines = iter(["x", "y", "STOP", "z"])
print(list(iter(lambda: next(lines), "STOP")))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))


def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
gen = (i * i for i in range(5))
print(sum(gen), sum(gen))
print(list(zip(naturals(), "abc")), dict(zip("xyz", fib())))


def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except GeneratorExit:
            print("exit with", received)
            raise
        received.append(v)


e = echo()
next(e)
e.send("p")
e.send("q")
e.close()
g = naturals()
print(g.__next__(), type(g).__name__, iter(g) is g)


def closed_early():
    try:
        yield 1
    finally:
        print("finally runs on close")


c = closed_early()
next(c)
del c
print("end")
