# Generator expressions over builtin iterators (zip, map, filter, enumerate, iter(...)):
# the iterator itself is the generator expression's source (`iter(it)` is it), typed.
log = []


def nums(n, tag):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i


def squares(xs):
    for x in xs:
        yield x * x


print(sum(a * b for a, b in zip(nums(5, "a"), squares(nums(5, "b")))))
print(log)
log.clear()

# The iterator is shared: advancing it after the generator expression is made shows.
z = zip(nums(4, "c"), "wxyz")
ge = (f"{i}{ch}" for i, ch in z)
print(next(z), log)
print(list(ge), log)
log.clear()

m = map(lambda v: v * 10, nums(3, "m"))
ge2 = (v + 1 for v in m)
print("made", log)
print(max(ge2), log)
log.clear()

f = filter(lambda v: v % 2, nums(6, "f"))
print([v for v in (x * 3 for x in f)], list(f))

e = enumerate(nums(3, "e"), start=10)
print(dict((k, v) for k, v in e))

it = iter([3, 1, 2])
ge3 = (x * 2 for x in it)
print(next(it), sorted(ge3), list(it))

# Unequal lengths: zip stops at the shortest, pulling the longer one once more.
log.clear()
print(list(a + b for a, b in zip(nums(2, "s"), nums(5, "l"))), log)

# Big ints, floats and strs through typed tuples.
print(sum(a * b for a, b in zip((10**20, 3), (7, 10**19))))
print(sum(x / y for x, y in zip([1.0, 2.5], map(float, "24"))))
print(", ".join(f"{k}={v}" for k, v in zip("abc", map(str, range(3)))))


def boom(n):
    yield 1
    raise KeyError("gen")


try:
    print(sum(a + b for a, b in zip(boom(1), [10, 20])))
except KeyError as e:
    print("KeyError", e)
