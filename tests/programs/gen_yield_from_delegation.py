# yield from chains resumed through several levels: next/send/throw/close reach the
# innermost generator, return values and exceptions come back out at the right level.


def leaf(n, log):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                log.append(("leaf got", got))
    except KeyError as e:
        log.append(("leaf caught", str(e)))
        yield "recovered"
    finally:
        log.append("leaf finally")
    return "leaf-done-%d" % n


def middle(n, log):
    r = yield from leaf(n, log)
    log.append(("middle got", r))
    yield "middle-after"
    return r + "!"


def top(n, log):
    r = yield from middle(n, log)
    log.append(("top got", r))
    yield "top-after"


log = []
print(list(top(3, log)))
print(log)

log = []
g = top(3, log)
print(next(g), g.send("a"), g.send("b"), next(g), next(g), next(g, "end"), next(g, "end"))
print(log)

log = []
g = top(5, log)
print(next(g), next(g))
print(g.throw(KeyError("k")))
print(next(g), next(g))
print(log)

log = []
g = top(5, log)
print(next(g))
g.close()
print(log, g.gi_running)

# An exception from the innermost generator, caught by the delegating one.
def failing():
    yield 1
    raise ValueError("inner failure")


def catcher():
    try:
        yield from failing()
    except ValueError as e:
        yield "caught " + str(e)
    yield "after"


print(list(catcher()))


# The delegating generators are running while the innermost one runs.
def reenter(holder):
    yield 1
    try:
        next(holder[0])
    except ValueError as e:
        yield "reentry: " + str(e)
    yield holder[0].gi_running


def outer(holder):
    yield from reenter(holder)


h = []
o = outer(h)
h.append(o)
print(list(o))


# StopIteration inside the innermost generator becomes RuntimeError there.
def stopper():
    yield 1
    raise StopIteration


def wrap():
    try:
        yield from stopper()
    except RuntimeError as e:
        yield "wrapped " + str(e)


print(list(wrap()))

# Delegation to non-generator iterators and to an exhausted generator.
def mixed():
    yield from [1, 2]
    yield from (x * 10 for x in range(2))
    ex = leaf(0, [])
    r = yield from ex
    yield r
    yield from "ab"


print(list(mixed()))


# A deep recursive chain, consumed partially then resumed, sum checked.
def tree(lo, hi):
    if hi - lo <= 2:
        yield from range(lo, hi)
        return
    mid = (lo + hi) // 2
    yield from tree(lo, mid)
    yield mid
    yield from tree(mid + 1, hi)


t = tree(0, 1000)
first = [next(t) for _ in range(10)]
print(first, sum(t))

# send() through the chain to a generator that records it.
def echo():
    got = None
    while True:
        got = yield got


def relay():
    yield from echo()


r = relay()
next(r)
print([r.send(i * i) for i in range(5)])
try:
    r.send(None)
    r.throw(TypeError("stop it"))
except TypeError as e:
    print("propagated", e)
print(next(r, "exhausted"))
