# A generator's parameter bound to another generator and iterated through enumerate()
# or as zip()'s first argument: the inner generator runs interleaved with the outer one,
# item by item, exactly as when both are objects.


def numbers(n, log):
    i = 0
    while i < n:
        log.append("n%d" % i)
        yield i
        i += 1
    log.append("n-end")


def take(it, k):
    for i, x in enumerate(it):
        if i >= k:
            return
        yield x


def indexed(it):
    for i, x in enumerate(it):
        yield i * 100 + x


def pair_with(it, other):
    for x, y in zip(it, other):
        yield (x, y)


def pair_else(it, other, log):
    for x, y in zip(it, other):
        yield x + y
    else:
        log.append("zip-else")
    log.append("after")


def squares(it):
    for x in it:
        yield x * x


log = []
print(sum(take(squares(numbers(10**9, log)), 5)), log)

log = []
print(list(indexed(numbers(4, log))), log)

log = []
print(list(pair_with(numbers(5, log), "abc")), log)

log = []
print(list(pair_with(numbers(2, log), "abcdef")), log)

log = []
print(list(pair_else(numbers(3, log), [10, 20, 30, 40], log)), log)

log = []
print(list(pair_else(numbers(6, log), [1, 2], log)), log)

# Empty sources, negative and big values, unicode items.
log = []
print(list(take(numbers(0, log), 3)), log)
print(list(indexed(x for x in [-5, 2**70, -(2**65)])))
print(list(pair_with((c for c in "héllo"), range(-2, 10))))


# The consumer breaks out early: the generators stop where they are.
log = []
for v in indexed(squares(numbers(100, log))):
    if v > 300:
        break
print(v, log)


# An exception in the inner generator leaves through the outer one.
def failing(n):
    for i in range(n):
        if i == 3:
            raise ValueError("bad item %d" % i)
        yield i


try:
    for v in take(failing(10), 8):
        print("got", v)
except ValueError as e:
    print("caught", e)


# StopIteration raised inside a generator body becomes RuntimeError (PEP 479).
def stopper():
    yield 1
    raise StopIteration


try:
    print(list(indexed(stopper())))
except RuntimeError as e:
    print("RuntimeError", e)


# zip's other iterator raises: the inner generator has already produced its item.
def bad_other():
    yield 1
    raise KeyError("other")


log = []
try:
    print(list(pair_with(numbers(5, log), bad_other())))
except KeyError as e:
    print("KeyError", e, log)

# The same pipelines as objects (not consumed on the spot) agree.
log = []
g = take(squares(numbers(10**9, log)), 4)
print(next(g), list(g), log)

# Uncaught: the last line of the traceback matches.
print(sum(take(failing(10), 5)))
