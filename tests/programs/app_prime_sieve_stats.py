# Sieve of Eratosthenes with statistics about the primes found.
import math

LIMIT = 20000


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    primes = []
    for n, flag in enumerate(is_prime):
        if flag:
            primes.append(n)
    return primes


def gaps(primes):
    result = {}
    for a, b in zip(primes, primes[1:]):
        g = b - a
        result[g] = result.get(g, 0) + 1
    return result


def twin_primes(primes):
    twins = []
    for a, b in zip(primes, primes[1:]):
        if b - a == 2:
            twins.append((a, b))
    return twins


def last_digit_counts(primes):
    counts = {}
    for p in primes:
        d = p % 10
        counts[d] = counts.get(d, 0) + 1
    return counts


def factorize(n, primes):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors


primes = sieve(LIMIT)
print("primes below", LIMIT, ":", len(primes))
print("first 15:", primes[:15])
print("last 5:", primes[-5:])
print("sum:", sum(primes), "product of first 30:", end=" ")
prod = 1
for p in primes[:30]:
    prod *= p
print(prod)
g = gaps(primes)
print("gap histogram:", sorted(g.items()))
biggest_gap = max(g)
for a, b in zip(primes, primes[1:]):
    if b - a == biggest_gap:
        print("largest gap", biggest_gap, "between", a, "and", b)
        break
twins = twin_primes(primes)
print("twin pairs:", len(twins), "last:", twins[-1])
print("last digits:", sorted(last_digit_counts(primes).items()))
estimate = LIMIT / math.log(LIMIT)
print(f"pi(x) ~ x/ln x = {estimate:.1f}, ratio {len(primes) / estimate:.4f}")
for n in [360, 9973, 2 ** 31 - 1, 600851475143, 1001, 2 ** 32 + 1, 1]:
    print(n, "=", " * ".join(map(str, factorize(n, primes))))
mersenne = []
for p in primes[:12]:
    m = 2 ** p - 1
    if factorize(m, primes) == [m] and m < LIMIT * LIMIT:
        mersenne.append(p)
print("Mersenne exponents found:", mersenne)
goldbach_ok = True
prime_set = set(primes)
for even in range(4, 2001, 2):
    found = False
    for p in primes:
        if p > even // 2:
            break
        if even - p in prime_set:
            found = True
            break
    if not found:
        goldbach_ok = False
        print("Goldbach fails at", even)
print("Goldbach holds up to 2000:", goldbach_ok)
