# Default arguments, *args/**kwargs, keyword-only and positional-only params, star-unpacking.


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safe_append(1), safe_append(2))


def memo_default(n, _cache={}):
    if n in _cache:
        return _cache[n]
    r = n if n < 2 else memo_default(n - 1) + memo_default(n - 2)
    _cache[n] = r
    return r


print(memo_default(60), len(memo_default.__defaults__[0]))


def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kwargs}"


print(describe(1, c=3))
print(describe(1, 5, 6, 7, c=3, e=9, d=0))
print(describe(*[1, 2, 3], **{"c": 10, "z": 26}))


def posonly(x, y, /, z=0, *, w=1):
    return x + y * 10 + z * 100 + w * 1000


print(posonly(1, 2), posonly(1, 2, 3), posonly(1, 2, z=4, w=5))
try:
    posonly(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)
try:
    describe(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    describe(1, c=1, a=2)
except TypeError as e:
    print("TypeError:", e)


def kw_collect(x, /, **kw):
    return x, kw


print(kw_collect(1, x=2))


def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s


a = [1, 2, 3]
b = (10, 20)
print(total(*a, *b), total(*a, 100, *b, start=1000), total())
d1 = {"sep": "-"}
d2 = {"end": "!\n"}
print(*a, *b, **d1, **d2)


def kwonly(**kw):
    return sorted(kw.items())


print(kwonly(**{"a": 1}, b=2, **{"c": 3}))
try:
    kwonly(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y = (5,)
print(x, y)
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
print(p, q, others)
a1, (b1, *c1), d1_ = 1, [2, 3, 4], 5
print(a1, b1, c1, d1_)
try:
    u, v, *w = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)

pairs = [("a", (1, 2)), ("b", (3, 4))]
for name, (lo, hi) in pairs:
    print(name, lo + hi)
for i, (k, *vs) in enumerate([("x", 1, 2), ("y",), ("z", 3)]):
    print(i, k, vs)
merged = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
print(merged, [*a, *"xy", *range(2)], {*a, *b})


def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


print(apply(describe, 0, c=1), apply(sorted, [3, 1, 2], reverse=True))
print(describe.__defaults__, describe.__kwdefaults__, "-")
