# Range loops over lists of ints, floats and bools run on machine values (codegen
# fast.rs) and must give up to the exact loop without a trace: index errors, overflow
# after a store in the same iteration, aliased lists, big ints inside a list.


def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    count = total = twins = 0
    for p in range(2, n + 1):
        if is_prime[p]:
            count += 1
            total += p
            if p + 2 <= n and is_prime[p + 2]:
                twins += 1
    return count, total, twins


print("sieve", sieve(1000), sieve(2), sieve(1))


def store_out_of_range():
    xs = [0] * 5
    k = -1
    try:
        for i in range(8):
            xs[i] = i * i
            k = i
    except IndexError as e:
        print("IndexError:", e, xs, k)
    try:
        for i in range(3):
            print(xs[i + 3])
    except IndexError as e:
        print("IndexError:", e)


store_out_of_range()


def overflow_after_store():
    # The add overflows i64 after xs[i] was incremented in the same iteration: the exact
    # loop redoes that iteration, so the store must have been undone.
    xs = [10, 20, 30, 40]
    acc = 3
    for i in range(4):
        xs[i] += 1
        acc = acc * 2**40
    print("overflow", xs, acc)
    ys = [1.5, 2.5, 3.5]
    big = 2**62
    for i in range(3):
        ys[i] = ys[i] * 2.0
        big += big
    print("overflow floats", ys, big)


overflow_after_store()


def nested_undo():
    m = [0] * 9
    acc = 1
    for i in range(3):
        for j in range(3):
            m[i * 3 + j] += i + j
            acc *= 1000
    print("nested", m, acc)


nested_undo()


def aliased():
    xs = list(range(8))
    a = xs
    for i in range(1, 8):
        a[i] = xs[i - 1] + a[i]
    print("aliased", xs, a is xs)
    ys = [1, 2, 3, 4]
    zs = ys
    for i in range(4):
        zs[i] = ys[3 - i]
    print("aliased2", ys)


aliased()


def negative_and_bool_indexes():
    xs = [1, 2, 3, 4, 5]
    out = []
    t = 0
    for i in range(5):
        t += xs[-1 - i] * xs[True]
        xs[i - 5] = xs[i - 5] * 10
    out.append(t)
    print("neg", xs, out)
    try:
        for i in range(3):
            t += xs[-6 + i]
    except IndexError as e:
        print("IndexError:", e, t)


negative_and_bool_indexes()


def big_items():
    vals = [1, 2, 2**70, 3, -(2**64)]
    s = 0
    for i in range(len(vals)):
        s += vals[i]
    print("big", s)
    for i in range(len(vals)):
        vals[i] = vals[i] // 2
    print("halved", vals)
    w = [2**62, 2**62]
    for i in range(2):
        w[i] += w[i]
    print("grown", w)


big_items()


def floats():
    ys = [1.0, -2.0, 0.5, 3.0]
    for i in range(len(ys)):
        ys[i] = ys[i] * 0.5 + 1.0
    print("floats", ys)
    zs = [4.0, 2.0, 0.0, 8.0]
    r = [0.0] * 4
    try:
        for i in range(4):
            r[i] = 1.0 / zs[i]
            zs[i] /= 2.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, r, zs)
    q = [1.0, 2.0]
    for i in range(2):
        q[i] /= 4
    print("q", q)


floats()


def swaps_and_chains(n):
    a = list(range(n))
    for i in range(n // 2):
        a[i], a[n - 1 - i] = a[n - 1 - i], a[i]
    b = [0] * n
    c = [0] * n
    for i in range(n):
        b[i] = c[n - 1 - i] = i * i
    flags = [False] * n
    for i in range(0, n, 3):
        flags[i] = True
    print("swaps", a, b, c, flags)
    if n:
        for i in range(n):
            a[0], a[i] = a[i], a[0]
        print("rot", a)


swaps_and_chains(7)
swaps_and_chains(0)


def breaks(xs):
    found = -1
    for i in range(len(xs)):
        if xs[i] < 0:
            found = i
            break
        xs[i] = xs[i] + 100
    else:
        print("no negative")
    print("breaks", found, xs)
    total = 0
    for i in range(len(xs)):
        if xs[i] % 2:
            continue
        total += xs[i]
    print("evens", total)


breaks([3, 4, -1, 7])
breaks([1, 2])


def counts(data, k):
    hist = [0] * k
    for i in range(len(data)):
        hist[data[i] % k] += 1
    print("hist", hist)
    hist[0] = "x"


try:
    counts([5, 3, 8, 13, -2, 0, 21], 4)
except Exception as e:
    print(type(e).__name__, e)


# Module-level loop over module-level lists.
prefix = [0] * 11
nums = [i * i - 7 for i in range(10)]
for i in range(10):
    prefix[i + 1] = prefix[i] + nums[i]
print("prefix", prefix)
grid = [0] * 4
for i in range(6):
    grid[i] = i
