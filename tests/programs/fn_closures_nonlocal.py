# Nested functions and closures: captured variables, nonlocal rebinding, independent closures.
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return increment, reset, peek


inc, reset, peek = make_counter()
inc2, _, peek2 = make_counter(100, 10)
print(inc(), inc(), inc(), peek())
print(inc2(), inc2(), peek2(), peek())
reset()
print(peek(), inc())


def make_accumulator():
    history = []

    def add(x):
        history.append(x)        # mutation does not need nonlocal
        return sum(history)

    add.history = history
    return add


acc = make_accumulator()
acc(5)
acc(10)
print(acc(1), acc.history)


# Closures over loop variables bind late; default arguments bind early.
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def make_multipliers():
    out = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        out.append(mul)
    return out


print([m(10) for m in make_multipliers()])


# Three levels of nesting with nonlocal reaching the nearest enclosing binding.
def outer():
    x = "outer"
    log = []

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            log.append(x)
            x = "changed by inner"

        inner()
        log.append(x)

    middle()
    log.append(x)
    return log


print(outer())


# A closure sees later assignments to the captured variable.
def snapshot_vs_live():
    value = 1

    def live():
        return value

    value = 2
    return live()


print(snapshot_vs_live())


# Reading a variable before assigning it in the same scope is UnboundLocalError.
total = 10


def broken():
    try:
        total += 1
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(broken())


def closure_unbound():
    def show():
        return later

    try:
        show()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 5
    return show()


print(closure_unbound())


# Each call of the outer function makes a new closure.
def adder(n):
    def add(x):
        return x + n
    return add


add5 = adder(5)
print(add5(1), add5(-5), adder(2)(adder(3)(1)))
