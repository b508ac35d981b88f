# The sieve of Eratosthenes up to n; prints how many primes there are, their sum, the
# largest, and the number of twin-prime pairs.
# Usage: sieve.py [n]
import sys


def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return is_prime


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 14000000
    is_prime = sieve(n)
    count = 0
    total = 0
    largest = 0
    twins = 0
    for p in range(2, n + 1):
        if is_prime[p]:
            count += 1
            total += p
            largest = p
            if p + 2 <= n and is_prime[p + 2]:
                twins += 1
    print("primes up to %d: %d" % (n, count))
    print("sum: %d" % total)
    print("largest: %d" % largest)
    print("twin pairs: %d" % twins)


main()
