# Generators stored in a local and consumed once later (fused at the consumer by molt):
# arguments are evaluated at the assignment, the body runs at the consumer, in CPython's
# order, with exceptions at the same moments.

log = []


def arg(x):
    log.append(("arg", x))
    return x


def nums(n):
    log.append(("start", n))
    for i in range(n):
        log.append(("yield", i))
        yield i
    log.append(("end", n))


def sq(xs):
    for x in xs:
        yield x * x


def boom(n):
    for i in range(n):
        if i == 2:
            raise ValueError("boom at %d" % i)
        yield i


def stops():
    yield 1
    raise StopIteration("inner")


def returns(n):
    yield n
    return n * 10


def main():
    # Arguments now, body at the loop, interleaved with the consumer.
    g = nums(arg(3))
    log.append("between")
    for v in g:
        log.append(("got", v))
    print(log)
    log.clear()

    # A chain through locals.
    a = nums(arg(4))
    b = sq(a)
    log.append("built")
    print(sum(b), log)
    log.clear()

    # Early break: the rest of the body never runs.
    g = nums(5)
    for v in g:
        if v == 1:
            break
    print(log)
    log.clear()

    # An exception in the middle of the body, at the loop.
    g = boom(arg(5))
    log.append("before loop")
    try:
        for v in g:
            log.append(v)
    except ValueError as e:
        log.append(str(e))
    print(log)
    log.clear()

    # PEP 479 inside a stored generator.
    g = stops()
    try:
        for v in g:
            print("item", v)
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

    # An exception while evaluating the arguments: at the assignment.
    try:
        g = nums(1 // 0)
        print("not reached")
        for v in g:
            print(v)
    except ZeroDivisionError as e:
        print("zde", e)

    # Each run of a loop makes and consumes its own.
    for k in range(3):
        g = nums(k)
        print(k, list(g))
    log.clear()

    # Consumers of every kind.
    g = sq(nums(4))
    print(sorted(g, reverse=True))
    g = nums(4)
    print(max(g), log[-1])
    g = nums(3)
    print(any(x > 1 for x in g))
    g = (str(x) for x in range(4))
    print("-".join(g))
    g = sq(range(5))
    print(set(g), tuple(sq(range(3))))
    g = nums(3)
    print([x + 1 for x in g])
    g = returns(7)
    print(list(g))
    log.clear()


main()


def not_fusable_consumers():
    # Read once, but not by a fusable consumer: the generator object itself.
    g = nums(3)
    print(type(g).__name__, next(g), list(g))
    h = sq(range(4))
    print(list(zip(h, "abcd")))
    k = nums(2)
    return k


k = not_fusable_consumers()
print(list(k))


def reused():
    # Mentioned more than once: one generator object, consumed partially then resumed.
    g = nums(6)
    for v in g:
        if v == 2:
            break
    print("rest", list(g))
    # Read inside a loop: the second pass sees an exhausted generator.
    g = nums(2)
    for r in range(2):
        for v in g:
            print("pass", r, v)
    # Read in a while test.
    g = nums(3)
    n = 0
    while next(g, None) is not None:
        n += 1
    print("while", n)


reused()


def late_binding():
    # The list is iterated when the body runs; the name is bound at the assignment.
    xs = [1, 2]
    g = (x * 10 for x in xs)
    xs.append(3)
    xs = [100]
    print(list(g), xs)
    ys = [1, 2]
    h = sq(ys)
    ys.append(3)
    print(sum(h))
    # A global read by the body at the loop, not at the assignment.
    global scale
    scale = 1
    g = scaled(3)
    scale = 5
    print(list(g))


def scaled(n):
    for i in range(n):
        yield i * scale


scale = 0
late_binding()


def conditional(flag):
    if flag:
        g = nums(2)
    try:
        return sum(g)
    except UnboundLocalError as e:
        return str(e)


print(conditional(True), conditional(False))


def in_try():
    g = boom(4)
    try:
        total = 0
        for v in g:
            total += v
    finally:
        print("finally", total)


try:
    in_try()
except ValueError as e:
    print("caught", e)

log.clear()
top = nums(arg(2))
log.append("module level")
for v in top:
    log.append(v)
print(log)
