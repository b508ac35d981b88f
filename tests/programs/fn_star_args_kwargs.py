# *args and **kwargs: collecting, forwarding, mixing with defaults; argument errors.
def report(title, *items, sep=", ", **options):
    line = title + ": " + sep.join(str(i) for i in items)
    if options:
        line += " [" + " ".join(f"{k}={v}" for k, v in options.items()) + "]"
    return line


print(report("empty"))
print(report("nums", 1, 2, 3))
print(report("opts", "a", sep="|", color="red", size=3))
print(report(title="kw only title", flag=True))


def stats(*values):
    if not values:
        return None
    return min(values), max(values), sum(values) / len(values), type(values).__name__


print(stats(), stats(4), stats(3, 1, 2))


def describe(**kw):
    return type(kw).__name__, sorted(kw.items())


print(describe(), describe(b=2, a=1))


# Forwarding everything to another function.
def logged(fn):
    def wrapper(*args, **kwargs):
        print(f"  call {fn.__name__} args={args} kwargs={kwargs}")
        return fn(*args, **kwargs)
    return wrapper


@logged
def volume(l, w=1, h=1):
    return l * w * h


print(volume(2), volume(2, 3), volume(2, h=5), volume(l=1, w=2, h=3))

# Errors raised by the argument binder.
def two(a, b):
    return a + b


for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"a": 2}), ((), {"a": 1, "c": 2}), ((1, 2), {"b": 3})]:
    try:
        print(two(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


def need_three(a, b, c):
    return a, b, c


for args in [(), (1,), (1, 2)]:
    try:
        need_three(*args)
    except TypeError as e:
        print("TypeError:", e)


# **kwargs with keys that are not identifiers, and duplicates.
def collect(**kw):
    return kw


print(collect(**{"with space": 1, "x": 2}))
try:
    collect(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**{1: "a"})
except TypeError as e:
    print("TypeError:", e)


# Default values combine with *args: extra positionals fill defaults first.
def mixed(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, kw)


print(mixed(1))
print(mixed(1, 20, 30, 40, c=5, d=6))
print(mixed(*"xyz", **{"c": "C"}))
