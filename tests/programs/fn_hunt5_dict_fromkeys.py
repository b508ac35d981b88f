# dict.fromkeys in every spelling: typed and untyped keys, with and without a value,
# `*args`, as a value, errors (Objects/dictobject.c dict_fromkeys).
import sys


def g(x):
    return dict.fromkeys(x)


print(g([1, 2, 3]), g("ab"), g(()))


def h(x, v):
    return dict.fromkeys(x, v)


print(h((1, 2), 0), h([], 1))
items = [1, "a", 1.0, True] if len(sys.argv) < 5 else 3
print(dict.fromkeys(items))
d = dict.fromkeys(items, [])
d[1].append("shared")
print(d)
print(dict.fromkeys("mississippi"), dict.fromkeys("héllo wörld"))
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
print(dict.fromkeys(range(3), -1))


def gen():
    for i in range(3):
        print("yield", i)
        yield i


def val():
    print("value")
    return 0


print(dict.fromkeys(gen(), val()))
args = (["p", "q"], 7)
print(dict.fromkeys(*args))
kv = {"a": 1, "b": 2}
print(dict.fromkeys(kv), dict.fromkeys(kv.values(), "v"))
for bad in [
    lambda: dict.fromkeys(),
    lambda: dict.fromkeys(1),
    lambda: dict.fromkeys([[1]]),
    lambda: dict.fromkeys([1], 2, 3),
    lambda: dict.fromkeys([1], value=2),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
x = 10**20
print(dict.fromkeys([x, -x], x))
fk = dict.fromkeys
print(fk("xy"), fk("z", 1), list(map(dict.fromkeys, ["ab", "c"])))
print(dict.fromkeys(5))
