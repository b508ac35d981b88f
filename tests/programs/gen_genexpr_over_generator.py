# Generator expressions over generator objects held in variables (`iter(g)` is g itself):
# chains of stored generator expressions, a generator advanced before and while the
# expression reads it, exhausted and failing sources, big ints and mixed items.


def numbers(n):
    for i in range(n):
        yield i


def chained(n):
    sq = (x * x for x in range(n))
    ev = (y for y in sq if y % 2 == 0)
    return sum(ev)


def advanced_first(n):
    g = numbers(n)
    first = next(g)
    doubled = (v * 2 for v in g)
    second = next(g)
    return first, second, list(doubled), list(g)


def interleaved():
    g = numbers(6)
    h = (v + 100 for v in g)
    out = []
    for a in h:
        out.append(a)
        out.append(next(g, "end"))
    return out


def failing(n):
    for i in range(n):
        if i == 3:
            raise ValueError(f"bad item {i}")
        yield -i


def big(n):
    g = (2**64 + i for i in range(n))
    return [x // 3 for x in (y * y for y in g)]


def mixed():
    g = (v for v in ["a", 1, 2.5, None, (1,)])
    return [type(x).__name__ for x in (w for w in g)]


print(chained(10), chained(0), chained(-3))
print(advanced_first(5))
print(interleaved())
try:
    print(sum(x for x in (y * 10 for y in failing(10))))
except ValueError as e:
    print("ValueError:", e)
print(big(3))
print(mixed())
empty = numbers(0)
print(list(x for x in empty), max((x for x in numbers(0)), default="none"))
done = numbers(3)
print(list(done), list(z for z in done))
gen = numbers(4)
pairs = ((a, b) for a, b in zip(gen, gen))
print(list(pairs))
g1 = numbers(5)
e1 = (x for x in g1)
print(iter(g1) is g1, next(e1), next(g1), list(e1))
sq = (x * x for x in numbers(4))
ev = (y + 1 for y in sq)
print(sorted(ev, reverse=True), list(sq))
