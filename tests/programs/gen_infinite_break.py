# Infinite generators consumed with break, next() and zip, without itertools.islice.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


first = []
for p in primes():
    if p > 60:
        break
    first.append(p)
print(first)

gen = primes()
print([next(gen) for _ in range(5)], next(gen))


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))


def cycle(items):
    while True:
        for it in items:
            yield it


print(list(zip(range(7), cycle("ab"))))
print([c for c, _ in zip(cycle([1, 2, 3]), range(8))])


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def squares():
    for n in naturals(0):
        yield n * n


print(take(6, squares()), take(0, squares()), take(3, naturals(10)))

# First n where the running sum passes a threshold.
total = 0
for n in naturals():
    total += n
    if total > 1000:
        print("n =", n, "sum =", total)
        break
else:
    print("unreachable")


# An infinite generator of generated ids with a prefix counter.
def ids(prefix):
    counter = 0
    while True:
        counter += 1
        yield f"{prefix}-{counter:03d}"


order_ids = ids("ord")
user_ids = ids("usr")
print(next(order_ids), next(order_ids), next(user_ids), next(order_ids))

# Lazily pick the first perfect number above 30.
def divisors_sum(n):
    return sum(d for d in range(1, n // 2 + 1) if n % d == 0)

print(next(n for n in naturals(30) if divisors_sum(n) == n))
