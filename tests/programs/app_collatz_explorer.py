# Collatz sequences and other number-theory explorations with big ints.
def collatz_length(n, cache):
    steps = 0
    path = []
    while n != 1 and n not in cache:
        path.append(n)
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    base = cache.get(n, 0)
    for i, v in enumerate(reversed(path)):
        cache[v] = base + i + 1
    return base + steps


def collatz_peak(n):
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        if n > peak:
            peak = n
    return peak


def digit_sum(n):
    total = 0
    for ch in str(n):
        total += int(ch)
    return total


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for r in range(s - 1):
            x = x * x % n
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


cache = {1: 0}
best_n = 1
best_len = 0
for n in range(1, 30000):
    length = collatz_length(n, cache)
    if length > best_len:
        best_n = n
        best_len = length
print("longest chain below 30000:", best_n, "with", best_len, "steps")
for n in [27, 97, 871, 2 ** 100 + 1, 3 ** 60]:
    print(n, "length", collatz_length(n, cache), "peak", collatz_peak(n))
print("2**1000 digit sum:", digit_sum(2 ** 1000))
f = 1
for i in range(1, 101):
    f *= i
print("100! digit sum:", digit_sum(f))
fibs = [0, 1]
while len(str(fibs[-1])) < 100:
    fibs.append(fibs[-1] + fibs[-2])
print("first fibonacci with 100 digits: index", len(fibs) - 1)
print("mersenne primes 2**p-1 for p < 130:", end=" ")
for p in range(2, 130):
    if is_probable_prime(2 ** p - 1):
        print(p, end=" ")
print()
print("next prime after 10**30:", end=" ")
c = 10 ** 30 + 1
while not is_probable_prime(c):
    c += 2
print(c)
perfect = []
for p in [2, 3, 5, 7, 13, 17, 19, 31, 61]:
    perfect.append((2 ** (p - 1)) * (2 ** p - 1))
print("perfect numbers:", perfect[:5], "... largest has", len(str(perfect[-1])), "digits")
a, b = 1071 * 2 ** 80, 462 * 2 ** 75
while b:
    a, b = b, a % b
print("gcd:", a, "=", "2**75 *", a // 2 ** 75)
