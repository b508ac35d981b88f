# yield from: delegating to sub-generators and iterables, and receiving their return value.
def inner(n):
    for i in range(n):
        yield i
    return f"inner({n}) finished"


def outer():
    result = yield from inner(3)
    print("  got:", result)
    result2 = yield from inner(1)
    print("  got:", result2)
    yield from "ab"
    yield from [10, 20]
    return "outer finished"


print(list(outer()))


def tree_walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", []), ("c", [("c1", [("c1x", [])])])])
for line in tree_walk(tree):
    print(line)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), range(4, 6), {"k": 0}, "yz")))


# The return value of a delegated generator also arrives via StopIteration.value.
def collector():
    total = 0
    count = 0
    while True:
        value = yield
        if value is None:
            break
        total += value
        count += 1
    return total, count


def driver(values):
    result = yield from collector()
    yield result


d = driver([])
next(d)
for v in [5, 10, 15]:
    d.send(v)
print("collected", d.send(None))


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest


print(["".join(p) for p in permutations("abc")], len(list(permutations(list(range(5))))))


# yield from a non-iterable raises TypeError when reached.
def bad():
    yield 1
    yield from 5


g = bad()
print(next(g))
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
