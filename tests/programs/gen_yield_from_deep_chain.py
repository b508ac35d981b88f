# Deep `yield from` chains: values sent down and returned up through every level,
# exceptions crossing levels, gi_running and "already executing" for the generators in
# between while the innermost runs, an intermediate resumed directly, close() and
# finally blocks in order, handled exceptions seen from inside, the recursion limit.
import sys


def leaf(tag, n, log):
    try:
        total = 0
        for i in range(n):
            got = yield f"{tag}{i}"
            if got is not None:
                total += got
        return total
    finally:
        log.append(f"leaf {tag} done")


def level(depth, tag, log):
    if depth == 0:
        r = yield from leaf(tag, 3, log)
        return r
    r = yield from level(depth - 1, tag, log)
    return r + depth


log = []
g = level(6, "a", log)
print(next(g), g.send(10), g.send(5))
try:
    g.send(1)
except StopIteration as e:
    print("returned", e.value)
print(log)


def tree(lo, hi):
    if hi - lo <= 2:
        yield from range(lo, hi)
        return hi - lo
    mid = (lo + hi) // 2
    a = yield from tree(lo, mid)
    yield -mid
    b = yield from tree(mid + 1, hi)
    return a + b + 1


items = []
t = tree(0, 40)
while True:
    try:
        items.append(next(t))
    except StopIteration as e:
        print("count", e.value)
        break
print(items)

# gi_running of the generators in between, and resuming one of them from inside.
holder = {}


def probe():
    outer, middle = holder["outer"], holder["middle"]
    print("running:", outer.gi_running, middle.gi_running)
    try:
        next(middle)
    except ValueError as e:
        print("ValueError:", e)
    yield "probed"
    yield "again"


def middle_gen():
    yield from probe()


def mid2():
    yield from holder["middle"]


holder["middle"] = middle_gen()
holder["outer"] = mid2()
for v in holder["outer"]:
    print("got", v, holder["outer"].gi_running, holder["middle"].gi_running)


# An intermediate resumed directly between resumptions of the top.
def counter(name, n):
    for i in range(n):
        yield f"{name}:{i}"


def relay(src):
    yield from src
    yield "relay end"


inner = relay(counter("c", 4))
top = relay(relay(inner))
print(next(top), next(inner), next(top), next(inner), next(top), list(top))


# Exceptions from the innermost caught in between; handled exceptions seen inside.
def failing():
    yield 1
    raise KeyError("deep")


def catcher():
    try:
        yield from failing()
    except KeyError as e:
        print("caught", repr(e))
        yield from witness()
    yield "after"


def witness():
    yield f"handled: {sys.exc_info()[0].__name__}"


def wrapper(d):
    if d == 0:
        yield from catcher()
    else:
        yield from wrapper(d - 1)


print(list(wrapper(5)))

# throw() and close() into a deep chain.
log = []
g = level(5, "t", log)
print(next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("propagated", e, log)
log = []
g = level(5, "c", log)
print(next(g), next(g))
g.close()
print("closed", log, g.gi_running)


def nested_break():
    for v in level(4, "b", log):
        if v == "b1":
            break
    print("after break", log)


log = []
nested_break()


# The recursion limit counts every level of the chain.
def chain(d):
    if d == 0:
        yield "bottom"
    else:
        yield from chain(d - 1)


sys.setrecursionlimit(120)
print(next(chain(50)))
try:
    print(next(chain(200)))
except RecursionError as e:
    print("RecursionError", e)
g = chain(60)
print(next(g))


def deeper(n):
    if n:
        return deeper(n - 1)
    return "ok"


def calls_inside():
    yield deeper(40)


def wrap_calls(d):
    if d == 0:
        yield from calls_inside()
    else:
        yield from wrap_calls(d - 1)


try:
    print(list(wrap_calls(85)))
except RecursionError as e:
    print("RecursionError", e)
print(list(wrap_calls(30)))
