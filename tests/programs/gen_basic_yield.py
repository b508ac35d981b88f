# Generator functions: yield, local state across suspensions, generators as iterators.
def countdown(n):
    print(f"  start countdown({n})")
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")


g = countdown(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))


def fibonacci(limit):
    a, b = 0, 1
    while a <= limit:
        yield a
        a, b = b, a + b


print(list(fibonacci(100)), sum(fibonacci(4_000_000)))


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


print(list(chunks("abcdefgh", 3)), list(chunks([1, 2, 3, 4], 2)), list(chunks([], 5)))


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            for sub in flatten(item):
                yield sub
        else:
            yield item


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))


def pairwise(it):
    it = iter(it)
    try:
        prev = next(it)
    except StopIteration:
        return
    for cur in it:
        yield prev, cur
        prev = cur


print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))


# Multiple generators from the same function are independent.
g1, g2 = countdown(2), countdown(2)
print(next(g1), next(g2), next(g1))


# yield inside try/finally: finally runs when the generator finishes.
def managed(items):
    try:
        for it in items:
            yield it.upper()
    finally:
        print("  cleanup")


for word in managed(["x", "y"]):
    print(word)


# A generator with yields in several places.
def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"


light = traffic_light()
print([next(light) for _ in range(7)])


# A generator that yields nothing still is a generator.
def nothing():
    return
    yield


print(list(nothing()), type(nothing()).__name__)
print(list(enumerate(countdown(2), 1)))
