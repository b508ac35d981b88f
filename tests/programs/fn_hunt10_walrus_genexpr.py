import re
grid = ["..#.", "#..#", ".#.."]
print(any((n := len(row)) > 3 for row in grid), n)
lines = ["foo=1", "bar", "baz=22"]
if any((m := re.match(r"(\w+)=(\d+)", l)) for l in lines):
    print(m.group(1), m.group(2))
def first_long(words, k):
    if any(len(w := word) > k for word in words):
        return w
    return None
print(first_long(["a", "abcd", "xyzzy"], 3), first_long(["a"], 3))
def running(xs):
    total = 0
    out = list((total := total + x) for x in xs)
    return out, total
print(running([1, 2, 3, 4]))
def nested():
    found = None
    ok = all((found := y) < 5 for x in [[1, 2], [3, 9, 4]] for y in x)
    return ok, found
print(nested())
def outer():
    last = "unset"
    def inner():
        nonlocal last
        return sum((last := i) for i in range(4))
    return inner(), last
print(outer())
g = ((k := i * i) for i in range(3))
print(next(g), k, list(g), k)
def cnt(xs):
    c = 0
    s = sum((c := c + 1) * 0 + x for x in xs)
    return s, c
print(cnt([5, 6, 7]))
try:
    print(unseen)
except NameError as e:
    print("NameError", e)
if False:
    print(list((unseen := i) for i in range(2)))
def lazy():
    gen = ((v := i) for i in range(3))
    try:
        print(v)
    except NameError as e:
        print("NameError:", e)
    list(gen)
    return v
print(lazy())
