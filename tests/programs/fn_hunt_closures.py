# Closures, nonlocal, late binding, global, lambdas and functions as values.
counter_total = 0


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset(value=None):
        nonlocal count
        count = start if value is None else value

    def get():
        return count

    return inc, reset, get


inc, reset, get = make_counter(10, 5)
print(inc(), inc(), get())
reset()
print(get(), inc())
reset(100)
print(inc())

# late binding: all closures see the final value of i
late = [lambda: i * 2 for i in range(4)]
print([f() for f in late])
# default-argument capture binds early
early = [lambda i=i: i * 2 for i in range(4)]
print([f() for f in early])

fns = []
for name in ["a", "bb", "ccc"]:
    def show(prefix=">"):
        return prefix + name
    fns.append(show)
print([f() for f in fns], fns[0]("#"))


def bump_global(n):
    global counter_total
    counter_total += n
    return counter_total


for k in range(1, 5):
    bump_global(k)
print("total", counter_total)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = x + "!"
            return x
        return inner

    f = middle()
    f()
    f()
    return x


print(outer())

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "max": max,
    "pow": pow,
}
for sym in sorted(ops):
    print(sym, ops[sym](7, 3))


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


add1 = lambda x: x + 1
double = lambda x: x * 2
print(compose(add1, double)(5), compose(double, add1)(5), compose()(9))

people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9), ("dee", 22, 5.5)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(max(people, key=lambda p: p[2])[0], min(people, key=lambda p: len(p[0]))[0])


def accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)
    add.items = items
    return add


acc = accumulator()
acc(1)
acc("two")
print(acc.items, acc.__name__)


def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]


print([m(10) for m in make_multipliers()])

# closure counters are independent
c1 = make_counter()
c2 = make_counter(100)
c1[0](); c1[0](); c2[0]()
print(c1[2](), c2[2]())


def cell_after_def():
    def g():
        return y
    y = 42
    return g()


print(cell_after_def())


def unbound_free():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return g()


print(unbound_free())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20), (lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
