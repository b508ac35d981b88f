# Generator fusion (codegen fuse.rs): generators consumed on the spot are inlined; every
# case here must behave exactly like CPython, fused or not.


def nums(n):
    for i in range(n):
        yield i


def sq(xs):
    for x in xs:
        yield x * x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def noisy(tag, n):
    print("start", tag)
    for i in range(n):
        print("yield", tag, i)
        yield i
    print("end", tag)


def arg(tag, v):
    print("arg", tag)
    return v


def stage(tag, xs):
    print("stage start", tag)
    for x in xs:
        print("stage", tag, x)
        yield x + 1
    print("stage end", tag)


# Order: arguments first (innermost first), bodies at the first item.
print("== order")
for v in stage("outer", stage("inner", noisy("src", arg("n", 2)))):
    print("got", v)

print("== pipeline", sum(evens(sq(nums(1000)))))
print(list(evens(sq(nums(10)))))
print(tuple(sq(nums(5))), sorted(sq(nums(4)), reverse=True))
print(set(evens(nums(10))), min(sq(nums(5))), max(sq(nums(5))))
print(any(evens(nums(3))), all(evens(nums(3))), any(nums(0)), all(nums(0)))
print(sum(nums(10), 100), sum(sq(nums(4)), start=-5))


def floats(n):
    for i in range(n):
        yield i / 2


print(sum(floats(5)), sum(floats(3), 1), sum(floats(3), 0.5))


# break: the rest of the generator never runs.
print("== break")
for v in noisy("b", 5):
    if v == 1:
        break
    print("body", v)
print("after break")

# continue, and for-else with and without break.
print("== continue/else")
for v in noisy("c", 4):
    if v % 2:
        continue
    print("even", v)
else:
    print("else ran")
for v in nums(4):
    if v == 2:
        break
else:
    print("not printed")
print("last v", v)


# return inside the generator ends the iteration; its value is evaluated.
def upto(xs, stop):
    for x in xs:
        if x == stop:
            return arg("retval", x)
        yield x
    print("not reached when stopped")


print("== return")
for v in upto(nums(10), 3):
    print("r", v)
else:
    print("else after return")
print(list(upto(nums(3), 10)))


def bare_yield(n):
    while n > 0:
        n -= 1
        yield


print("== bare yield", list(bare_yield(3)))


# Comprehensions and generator expressions over generators.
print("== comprehensions")
print([v * 10 for v in sq(nums(4))])
print({v: v + 1 for v in evens(nums(6))})
print({v % 3 for v in nums(10)})
print(sum(x * x for x in nums(5)), max(len(str(x)) for x in sq(nums(50))))
print(list(x for x in (y + 1 for y in nums(3))))
k = 3
print(sum(x * k for x in nums(4)), [x * k for x in evens(nums(5))])
for x in (i * 2 for i in nums(3)):
    print("gx", x)


def in_function(m):
    scale = m + 1
    total = sum(x * scale for x in nums(m))
    pairs = [(a, b) for a in nums(m) for b in sq(nums(a))]
    return total, pairs


print(in_function(3))


# Nested fused loops in the consumer; a consumer that returns from its function.
def find(target):
    for a in nums(5):
        for b in sq(nums(5)):
            if a + b == target:
                return (a, b)
    return None


print("== nested", find(7), find(100))


# A generator used twice, or passed on: not consumed on the spot.
print("== used twice")
g = nums(3)
print(list(g), list(g))
g2 = sq(nums(3))
for v in g2:
    print("first", v)
    break
for v in g2:
    print("rest", v)


def twice(xs):
    for x in xs:
        yield x
    for x in xs:
        yield x * 100


print(list(twice(nums(3))), list(twice([1, 2])))


def in_while(xs):
    i = 0
    while i < 2:
        for x in xs:
            yield (i, x)
        i += 1


print(list(in_while(nums(2))))


def peek(xs):
    print("peek", type(xs).__name__)
    for x in xs:
        yield x


print(list(peek(nums(2))))


# Parameters with defaults and keywords; a generator of several yields.
def pattern(n, step=2, *, extra=False):
    i = 0
    while i < n:
        yield i
        yield -i
        i += step
    if extra:
        yield "extra"


print(list(pattern(5)), list(pattern(4, extra=True)), list(pattern(5, step=3)))


# Mixed item types (dynamic items).
def mixed():
    yield 1
    yield "two"
    yield 3.0
    yield None


print([repr(v) for v in mixed()])


# Recursion: not fused, still right.
def walk(t):
    if t is not None:
        for v in walk(t[0]):
            yield v
        yield t[1]
        for v in walk(t[2]):
            yield v


tree = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(walk(tree)), sum(walk(tree)))


# yield used as an expression, and yield from: not fused.
def echo(n):
    for i in range(n):
        got = yield i
        print("sent", got)


def delegate(n):
    yield from nums(n)
    yield -1


print(list(echo(2)), list(delegate(3)))


# The loop variable keeps its last value; the consumer sees its own variables.
x = "consumer x"
i = "consumer i"
for v in sq(nums(4)):
    pass
print(v, x, i)


# A generator function consuming a fused generator (yields inside the fused body).
def outer_gen(n):
    for v in sq(nums(n)):
        yield v + 1
    yield -1


og = outer_gen(3)
print(next(og), list(og))


# try/finally and with in the generator: not fused; break closes it right after.
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit")
        return False


def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("gen finally")


def with_ctx(n):
    with Ctx():
        for i in range(n):
            yield i


print("== finally")
for v in guarded(5):
    if v == 1:
        break
print("after guarded")
for v in with_ctx(3):
    if v == 1:
        break
print("after with")
print(sum(guarded(3)))


# try/finally in the consumer's body around break/continue of a fused loop.
print("== consumer finally")
for v in nums(5):
    try:
        if v == 1:
            continue
        if v == 3:
            break
        print("tf", v)
    finally:
        print("fin", v)
print("done")


# Two parameters, each iterated once: both arguments fused, created in order before
# the body runs.
def chain2(a, b):
    print("chain2 body")
    for x in a:
        yield x
    for y in b:
        yield -y


print(list(chain2(noisy("A", 2), noisy("B", 2))))
print(sum(chain2(nums(3), sq(nums(3)))), [v for v in chain2([1], (i for i in nums(2)))])


# A parameter used besides the loop: its argument is a real generator object.
def with_next(xs):
    first = next(xs)
    for x in xs:
        yield x + first


print(list(with_next(nums(4))))
