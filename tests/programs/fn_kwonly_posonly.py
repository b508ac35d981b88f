# Keyword-only (after *) and positional-only (before /) parameters and their errors.
def connect(host, port=80, /, *, timeout=5.0, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(connect("example.org"))
print(connect("example.org", 8080, timeout=1.5))
print(connect("db", 5432, retries=0, timeout=0.1))
for call in [
    lambda: connect(host="x"),
    lambda: connect("x", 1, 2),
    lambda: connect("x", port=1),
    lambda: connect("x", timeout=1, bogus=2),
    lambda: connect(),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def clamp(value, /, low=0, high=100):
    return max(low, min(value, high))


print(clamp(150), clamp(-5), clamp(50, high=40), clamp(5, 10))


def search(items, *, key=None, reverse=False):
    return sorted(items, key=key, reverse=reverse)


print(search([3, -1, 2]), search([3, -1, 2], key=abs), search("bca", reverse=True))
try:
    search([1], abs)
except TypeError as e:
    print("TypeError:", e)


def kw_required(*, name, level):
    return f"{name}@{level}"


print(kw_required(level=2, name="x"))
try:
    kw_required(name="x")
except TypeError as e:
    print("TypeError:", e)
try:
    kw_required()
except TypeError as e:
    print("TypeError:", e)


# Positional-only names can still appear in **kwargs.
def tag(name, /, **attrs):
    return name, attrs


print(tag("div", name="main", id=3))


# All four kinds together.
def everything(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs


print(everything(1, d=4))
print(everything(1, 2, 3, 4, 5, d=6, f=7))
print(everything(1, c=30, d=40, e=50, z=0))
try:
    everything(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    everything(a=1, d=2)
except TypeError as e:
    print("TypeError:", e)
