# A local's last read gives its value away (codegen moves.rs): the program must not be able
# to tell. Values still shared elsewhere keep their identity, contents and reference.


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


print(check_tree(make_tree(6)))

# A tuple still held elsewhere: unpacking its last local read must leave it whole.
kept = []


def unpack_shared(t):
    kept.append(t)
    a, b = t
    return a + b


print(unpack_shared((3, 4)), kept, kept[0] is kept[-1])
shared = ([1], [2])
alias = shared
print(unpack_shared(shared), alias, shared is alias, kept[-1] is shared)


def pair():
    return ([5, 6], "x")


def unpack_temp():
    xs, s = pair()
    xs.append(7)
    return xs, s


print(unpack_temp())

# Identity survives a move into a call that keeps the value.
store = {}


def remember(key, value):
    store[key] = value
    return value


def give(xs):
    ys = remember("a", xs)
    return ys is store["a"]


lst = [1, 2]
print(give(lst), store["a"] is lst)


# x = f(x): the old value goes in, the new one comes out.
def grow(xs):
    return xs + [len(xs)]


def rebuild(n):
    xs = []
    xs = grow(xs)
    xs = grow(xs)
    xs = grow(grow(xs))
    return xs, n


print(rebuild(3))


# Read again after the call in a later statement: not moved.
def twice(xs):
    total = sum(remember("b", xs))
    xs.append(total)
    return xs


print(twice([1, 2, 3]))


# The last read on one branch only.
def branchy(xs, flag):
    if flag:
        return remember("c", xs)
    ys = remember("d", xs)
    ys.append(0)
    return xs


print(branchy([1], True), branchy([2], False))


# An exception raised by the call the value moved into; a handler up the stack.
def boom(v):
    raise ValueError(f"bad {v!r}")


def pass_on(v):
    w = boom(v)
    return w


try:
    pass_on((1, "two"))
except ValueError as e:
    print("caught", e)


# Reads in a loop, a comprehension, a lambda, a conditional expression.
def loops(xs):
    out = []
    for i in range(3):
        out.append(remember("e", xs) is xs)
    comp = [remember("f", xs) is xs for _ in range(2)]
    f = lambda: xs
    return out, comp, f() is xs


print(loops([9]))


def cond(a, b, c):
    return remember("g", a) if c else remember("h", b)


print(cond([1], [2], True), cond([1], [2], False))


# Methods and generators.
class Box:
    def __init__(self, v):
        self.v = v

    def swap(self, other):
        mine = self.v
        self.v = other
        return mine


def use_box():
    b = Box((1, 2))
    t = ("a", "b")
    old = b.swap(t)
    x, y = old
    return x, y, b.v


print(use_box())


def gen(pairs):
    for p in pairs:
        a, b = p
        yield a * b
    last = pairs
    yield len(last)


print(list(gen([(1, 2), (3, 4)])))

# Tuples of big ints, strs and nested tuples unpacked from temporaries.
def nested():
    (a, b), c = ((10**20, "s"), (None,))
    return a, b, c


print(nested())


def wrong_count(t):
    a, b = t
    return a


for bad in [(1, 2, 3), (1,), [1, 2, 3], "ab", "abc"]:
    try:
        print(wrong_count(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    wrong_count(5)
except TypeError as e:
    print("TypeError", e)
