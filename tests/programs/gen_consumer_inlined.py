# A plain function that iterates its parameter once, called with a generator call
# (fuse.rs `inline_consumer`): its body runs inline with the generator fused into its
# loop. Everything observable must be as in CPython: evaluation order, early returns,
# exceptions through the function, the frame it still is.
log = []


def numbers(n, tag="n"):
    log.append(f"start {tag}")
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i
    log.append(f"end {tag}")


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def first_over(xs, limit):
    for x in xs:
        if x > limit:
            return x
    return None


def show(xs, sep=", "):
    out = []
    for i, x in enumerate(xs):
        out.append(f"{i}:{x}")
    print(sep.join(out))


def arg(v):
    log.append(f"arg {v}")
    return v


print(total(numbers(5)))
print(log)
log.clear()
print(total(evens(numbers(7))), total(x * x for x in range(6)))
print(first_over(numbers(10), arg(3)))
print(log)
log.clear()
print(first_over(numbers(4), 100))
show(numbers(3, "s"))
show(evens(range(9)), sep=" | ")
print(log)
log.clear()

# Stored pipelines, then passed.
pipe = evens(numbers(6, "p"))
print("made", log)
print(total(pipe))

# Inside loops and comprehensions: one inline per call, fresh locals each time.
print([total(numbers(k, "k")) for k in range(4)])
acc = 0
for k in range(3):
    acc += total(evens(range(k * 4)))
print(acc)
log.clear()


# Exceptions raised by the generator go through the function to the caller.
def bad(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"bad at {i}")
        yield i


try:
    total(bad(5))
except ValueError as e:
    print("caught", e)


def stops(n):
    yield 1
    raise StopIteration("inner")


try:
    total(stops(1))
except RuntimeError as e:
    print("RuntimeError", e)


# Errors of the function's own code, after some items.
def ratio(xs):
    t = 0
    for x in xs:
        t += 10 // x
    return t


try:
    print(ratio(numbers(3, "r")))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, log)
log.clear()


# The same function called with a list, a generator object made elsewhere, a str.
print(total([1, 2, 3]), total(iter((4, 5))), show("ab"))
g = numbers(2, "g")
next(g)
print(total(g), log)
log.clear()


# Globals read and written by the inlined body; a function with a while loop and an else.
count = 0


def counting(xs):
    global count
    for x in xs:
        count += 1
    else:
        count += 100
    return count


print(counting(numbers(3, "c")), count)


# Deep recursion still counts the inlined call as a frame.
def depth(n):
    if n == 0:
        return total(numbers(1, "d"))
    return depth(n - 1) + 1


print(depth(50))

# Big ints and floats through the pipeline.
print(total(x ** 20 for x in range(5)), total(x / 4 for x in range(5)))


# Reads other than a `for`: a generator expression, a reducing builtin, next(), a branch.
def odd_sum(xs):
    return sum(x for x in xs if x & 1)


def as_list(xs):
    return list(xs)


def head(xs, default):
    v = next(xs, default)
    log.append(f"head {v}")
    return v


def maybe(xs, flag):
    if flag:
        return sorted(xs, reverse=True)
    return "skipped"


log.clear()
print(odd_sum(numbers(6, "o")), as_list(evens(numbers(5, "q"))))
print(head(numbers(3, "h"), -1), head(evens(numbers(0, "z")), -1))
print(maybe(numbers(3, "y"), True), maybe(numbers(3, "w"), False))
print(log)


# Bodies whose generator expressions and lambdas capture the function's locals (cells).
def biggest(xs, k):
    return max(x % k for x in xs)


def scaled(xs, k):
    f = lambda v: v * k
    out = [f(x) for x in xs]
    k += 1  # late binding: the lambda sees the new k
    out.append(f(1))
    return out, f


def keyed(xs, words):
    return sorted(xs, key=lambda i: words[i % len(words)])


print(biggest(numbers(7, "b"), 4))
vals, fn = scaled(numbers(3, "k"), 10)
print(vals, fn(2))
print(keyed(numbers(5, "w"), ["d", "a", "c"]))
