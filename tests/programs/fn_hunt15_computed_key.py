# A function computed by an expression (a call's result, an item of a dict of functions,
# a bound method) as map()'s function and as key=: called as a value, evaluated once and
# in Python's order (map's function before its iterables, key= after sorted's iterable).
# Ends with the TypeError of a one-parameter lambda mapped over two iterables.


def make(k):
    print("make", k)
    return lambda x: x * k


def src():
    print("src")
    return [3, 1, 2]


class Weigher:
    def __init__(self, w):
        self.w = w

    def weigh(self, x):
        return (x * self.w) % 7


print(list(map(make(2), src())))
print(sorted(src(), key=make(-1)))
print(max(src(), key=make(-1)), min(src(), key=make(1)))


def mk():
    f = make(3)
    return map(f, [1, 2])


print(list(mk()))


def mk2(p):
    return sorted([3, 1, 2], key=p), filter(p, [0, 1, 2])


a, b = mk2(make(1))
print(a, list(b))
ops = {"neg": lambda v: -v, "sq": lambda v: v * v}
print(list(map(ops["sq"], range(5))), sorted(range(-3, 4), key=ops["sq"]))
wg = Weigher(3)
print(sorted(range(10), key=wg.weigh), list(map(wg.weigh, [1, 2, 3])))
nums = [4, 9, 1]
nums.sort(key=make(-2))
print(nums)
print(list(map(make(10), src(), [1, 2])))
