# Generator fusion (codegen fuse.rs) across scopes: closures, class bodies, generator
# expressions over generators, names defined late, code-size limits.


def nums(n):
    for i in range(n):
        yield i


def sq(xs):
    for x in xs:
        yield x * x


# A generator expression as the argument of a fused generator.
print(list(sq(x + 1 for x in nums(3))), sum(sq(y for y in [1, 2, 3])))


# Closures: generator expressions reading the enclosing function's variables, from a
# nested function too.
def outer(m):
    base = m * 10

    def inner(k):
        return [x + base + k for x in nums(3)], sum(x * base for x in nums(k))

    scaled = max(x * base for x in sq(nums(m)))
    return inner(2), scaled


print(outer(3))


# Class bodies consume generators too.
class Table:
    squares = list(sq(nums(4)))
    total = sum(x for x in nums(5))
    evens = [x for x in nums(6) if x % 2 == 0]


print(Table.squares, Table.total, Table.evens)


# A generator with a nested function that captures nothing.
def labelled(n):
    def fmt(v):
        return "<" + str(v) + ">"

    for i in range(n):
        yield fmt(i)


print("".join(labelled(3)), list(enumerate(labelled(2))), list(zip(nums(2), labelled(2))))


# A generator with a while loop and break, and one with an if-guarded for over its
# parameter.
def until_big(xs, limit):
    it_count = 0
    for x in xs:
        it_count += 1
        if x > limit:
            break
        yield x
    yield -it_count


def maybe(xs, go):
    if go:
        for x in xs:
            yield x
    else:
        yield "skipped"


def loud(tag, n):
    print("loud starts", tag)
    for i in range(n):
        yield i


print(list(until_big(sq(nums(10)), 20)), list(maybe(loud("a", 2), True)))
print(list(maybe(loud("b", 2), False)))


# Returns and try/finally around a fused loop inside a function.
def search(n, target):
    try:
        for v in sq(nums(n)):
            if v == target:
                return "found " + str(v)
            if v > 1000:
                raise ValueError("too big")
    except ValueError as e:
        return "error " + str(e)
    finally:
        print("search finally", n, target)
    return "missing"


print(search(5, 9), search(5, 7), search(100, -1))


# min/max/sorted with key and default; empty generators.
print(min(sq(nums(5)), key=lambda v: -v), max(nums(0), default="none"))
print(sorted(nums(5), key=lambda v: v % 3), sorted(nums(0)))
try:
    max(nums(0))
except ValueError as e:
    print("ValueError", e)


# Iterating a dict through a generator expression while changing it.
d = {1: 1, 2: 2}
try:
    for k in (k for k in d):
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)


# Unpacking targets, and unpacking errors in the consumer.
def pairs(n):
    for i in range(n):
        yield (i, i * i)


for a, b in pairs(3):
    print(a, b)
print({a: b for a, b in pairs(4)}, sum(a * b for a, b in pairs(4)))


def ragged():
    yield (1, 2)
    yield (1, 2, 3)


try:
    for a, b in ragged():
        print("pair", a, b)
except ValueError as e:
    print("ValueError", e)


# A long chain of stages.
def add1(xs):
    for x in xs:
        yield x + 1


print(sum(add1(add1(add1(add1(add1(add1(add1(add1(nums(10)))))))))))


# Many yields: the consumer's code would be copied too often; not fused, still right.
def many():
    yield 1
    yield 2
    yield 3
    yield 4
    yield 5
    yield 6
    yield 7
    yield 8
    yield 9


def both(xs):
    for x in xs:
        yield x
        yield -x


print(sum(many()), list(both(both(nums(2)))), list(both(both(both(both(nums(1)))))))


# A generator called before its def runs: NameError, before the argument.
def early():
    return list(late(print("argument evaluated")))


try:
    early()
except NameError as e:
    print("NameError", e)


def late(x):
    yield x


print(early())


# Lambdas inside fused generator expressions, capturing the consumer's variables.
def lam(k):
    return sum((lambda: x * k)() for x in nums(3)), sum((lambda: k)() for x in nums(3))


def lam_outer(k):
    def h(m):
        return [(lambda: k + m)() for x in nums(2)], sum((lambda: k * m)() + x for x in nums(3))

    return h(5)


print(lam(2), lam_outer(3))
kk = 7
print(sum((lambda: kk)() for x in nums(3)))


# str.join of a fused generator: the separator first, then all items, then the type check.
def jwords(n):
    for i in range(n):
        yield "w" + str(i)


def jmixed(n):
    print("mixed body")
    yield "a"
    yield n
    print("after the int")


def jsep():
    print("sep evaluated")
    return "-"


print(", ".join(jwords(4)), "".join(jwords(0)), jsep().join(jwords(2)))
print("".join(c.upper() for c in "abc"), "/".join(w for w in jwords(3) if w != "w1"))
try:
    print("+".join(jmixed(3)))
except TypeError as e:
    print("TypeError", e)
