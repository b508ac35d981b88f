# Generators whose yields inference can type (ints, floats, strs, tuples, lists, None
# mixed in) consumed by loops, builtins, next() and send(); the generator object keeps
# its identity, methods and errors when it is typed.


def count(n):
    for i in range(n):
        yield i


def squares(xs):
    for x in xs:
        yield x * x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


print(sum(evens(squares(count(1000)))))
print(list(squares(count(6))))
print(sorted(evens(count(9)), reverse=True))
print(max(count(7)), min(squares(count(5))))
for i, v in enumerate(squares(count(4))):
    print(i, v)
for a, b in zip(count(3), squares(count(10))):
    print(a, b)


def big():
    x = 1
    for _ in range(5):
        x *= 1 << 40
        yield x


print(list(big()))
print(sum(big()))


def floats():
    yield 0.5
    yield 1.25
    yield -0.0


print(list(floats()), sum(floats()))


def words(text):
    for w in text.split():
        yield w.upper()


print("-".join(words("a bb ccc")))


def pairs(n):
    for i in range(n):
        yield i, str(i) * i


for num, s in pairs(4):
    print(num, repr(s))
print(dict(pairs(3)))


def maybe(n):
    for i in range(n):
        if i % 2:
            yield i
        else:
            yield None
    yield


print(list(maybe(4)))


def bools_and_ints():
    yield True
    yield 1
    yield False
    yield 0


print(list(bools_and_ints()))
print([type(x).__name__ for x in bools_and_ints()])


# Yielded lists are shared with the generator (reference semantics).
def shared():
    acc = []
    for i in range(3):
        acc.append(i)
        yield acc
    print("generator sees", acc)


seen = []
for lst in shared():
    lst.append(-1)
    seen.append(len(lst))
print(seen)


# The typed generator is still a generator object.
g = count(3)
print(type(g).__name__, g.__name__, g.__qualname__, iter(g) is g, g.gi_running)
print(next(g), next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

gs = [count(2), count(3)]
print([list(x) for x in gs], [list(x) for x in gs])


# send() into a generator whose yields are typed.
def accumulate():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total


a = accumulate()
print(next(a), a.send(5), a.send(7))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)


# throw() and close() run the generator's handlers and finally blocks.
def guarded(n):
    try:
        for i in range(n):
            try:
                yield i
            except ValueError as e:
                print("caught", e)
                yield -i
    finally:
        print("finally", n)


g = guarded(5)
print(next(g), next(g), g.throw(ValueError("boom")), next(g))
g.close()
print(g.gi_running, next(g, "closed"))
g = guarded(2)
print(list(g))
g = guarded(3)
for x in g:
    if x == 1:
        break
print("after break")
del g


# A generator that yields from another: its items are not typed.
def chain(*its):
    for it in its:
        yield from it
    return "chained"


print(list(chain(count(2), "ab", [None])))


# Re-entering a running generator.
def reenter():
    yield next(me)


me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


# PEP 479: StopIteration inside becomes RuntimeError.
def leaky():
    yield 1
    next(iter([]))
    yield 2


try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# An exception raised while the consumer runs propagates normally.
def lazy_div(xs):
    for x in xs:
        yield 10 // x


try:
    for v in lazy_div([5, 2, 0, 1]):
        print("got", v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# Generators passed around, stored, compared.
def first(it):
    for x in it:
        return x
    return None


c1 = count(10)
c2 = c1
print(first(c1), first(c2), c1 is c2, c1 == c2, c1 != count(1))
holder = {"g": squares(count(3))}
print(list(holder["g"]))
print(any(evens(count(3))), all(squares(count(3))))


# A generator expression over a typed generator.
print(sum(x + 1 for x in count(5)))
print(sorted({x % 3 for x in squares(count(10))}))


# A generator yielding dict views (kept dynamic).
def views(d):
    yield d.keys()
    yield d.values()


print([list(v) for v in views({"a": 1, "b": 2})])


# A generator of generators.
def nested(n):
    for i in range(n):
        yield count(i)


print([list(x) for x in nested(4)])


# Containers yielded keep their identity; a frozenset is equal after the trip.
def containers():
    d = {"k": 1}
    s = {1, 2}
    t = ([1], 2)
    yield d, s, t
    print("after", d, sorted(s), t)


for d, s, t in containers():
    d["k2"] = 2
    s.add(3)
    t[0].append(5)


def frozen():
    f = frozenset([3, 1])
    yield f
    yield frozenset()


print([sorted(x) for x in frozen()])


# One generator variable that may be None, or another type later.
def pick(flag):
    g = None
    if flag:
        g = count(3)
    if g is not None:
        print("picked", list(g))
    else:
        print("none")
    g2 = count(2)
    print(list(g2))
    g2 = [7]
    print(g2)


pick(True)
pick(False)


# A generator called with different argument types.
def doubled(xs):
    for x in xs:
        yield x + x


print(list(doubled([1, 2])), list(doubled("ab")), list(doubled(count(3))))


# Generator closures and generator methods.
def make_counter(step):
    def gen(n):
        for i in range(n):
            yield i * step

    return gen


print(list(make_counter(3)(4)))


class Tree:
    def __init__(self, value, kids):
        self.value = value
        self.kids = kids

    def walk(self):
        yield self.value
        for k in self.kids:
            yield from k.walk()

    def values(self):
        for v in self.walk():
            yield v * 10


t = Tree(1, [Tree(2, []), Tree(3, [Tree(4, [])])])
print(list(t.walk()), sum(t.values()))


# Yielding the result of a typed generator's next() and of nested generators.
def heads(n):
    for i in range(n):
        yield next(count(i + 1))


print(list(heads(3)))
