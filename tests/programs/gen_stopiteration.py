# StopIteration semantics: iter()/next() with defaults, iter(callable, sentinel),
# and PEP 479 (StopIteration inside a generator becomes RuntimeError).
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))

print(next(iter(""), "empty string"), next(iter({}), "empty dict"), next(iter({"k": 1})))
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), list(keys), list(iter(d.items())))

# iter() of an iterator returns the same iterator.
base = iter(range(3))
print(iter(base) is base, list(base))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)

# iter(callable, sentinel): call until the sentinel appears.
lines = ["first", "second", "", "never"]
pos = -1


def read_line():
    global pos
    pos += 1
    return lines[pos]


print(list(iter(read_line, "")))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))


# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def leaky(items):
    it = iter(items)
    while True:
        yield next(it)     # raises StopIteration when items run out


try:
    print(list(leaky([1, 2, 3])))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


def explicit():
    yield 1
    raise StopIteration("manual")


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause args:", e.__cause__.args)


# The correct way: catch StopIteration and return.
def safe(items):
    it = iter(items)
    while True:
        try:
            value = next(it)
        except StopIteration:
            return
        yield value


print(list(safe([1, 2, 3])))

# A StopIteration raised inside a plain function just propagates as StopIteration.
def first_of(items):
    return next(iter(items))


try:
    first_of([])
except StopIteration:
    print("plain function raised StopIteration")

# StopIteration raised inside a for loop's body is not swallowed by the loop.
try:
    for x in [1, 2]:
        if x == 2:
            raise StopIteration("inside for")
except StopIteration as e:
    print("escaped the for loop:", e)

# PEP 479 applies to generator expressions too: next() on an exhausted iterator inside one.
src = iter([1, 2])
try:
    print(list(next(src) for _ in range(5)))
except RuntimeError as e:
    print("RuntimeError:", e)
