# Default argument values are evaluated once, when the def statement runs.
evaluations = []


def make_default(tag):
    evaluations.append(tag)
    return [tag]


def f(x, acc=make_default("f")):
    acc.append(x)
    return acc


print(evaluations)
print(f(1), f(2), f(3, []), f(4))
print(evaluations)


def g(items=[]):
    items.append(len(items))
    return items


a = g()
b = g()
print(a, b, a is b)
print(g.__defaults__)


# A default bound to a global's value at definition time.
LIMIT = 10


def capped(x, limit=LIMIT):
    return min(x, limit)


LIMIT = 1000
print(capped(500), capped(500, LIMIT))


# Each def statement execution evaluates defaults anew.
def factory():
    def inner(seen=set()):
        seen.add(len(seen))
        return sorted(seen)
    return inner


i1, i2 = factory(), factory()
print(i1(), i1(), i2(), i1())


# Dict default shared between calls: a memo table.
def fib(n, _memo={0: 0, 1: 1}):
    if n not in _memo:
        _memo[n] = fib(n - 1) + fib(n - 2)
    return _memo[n]


print(fib(50), len(fib.__defaults__[0]))


# The None idiom avoids sharing.
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print(safe(1), safe(2))


# Defaults can refer to earlier parameters only through None-checks.
def window(seq, size=None, step=None):
    size = size or len(seq)
    step = step or size
    return [seq[i:i + size] for i in range(0, len(seq), step)]


print(window([1, 2, 3, 4, 5], 2), window("abcdef", 3, 1), window([9, 8]))
