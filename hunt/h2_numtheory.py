# Big-int number theory.
import math
from functools import reduce

n = 2**1000
print("digits of 2**1000:", len(str(n)), "digit sum", sum(int(c) for c in str(n)))
f = math.factorial(100)
print("100! digit sum", sum(map(int, str(f))), "trailing zeros", len(str(f)) - len(str(f).rstrip("0")))
print("isqrt(10**50)", math.isqrt(10**50), math.isqrt(2 * 10**40))
print("pow mod", pow(3, 10**18, 10**9 + 7), pow(2, -1, 97), pow(7, 123456789, 2**61 - 1))
print("gcd", math.gcd(2**100 - 1, 2**60 - 1), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(4, 6, 10))
print(reduce(math.gcd, [120, 84, 36]))


def is_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


mersenne = [p for p in range(2, 130) if is_prime(p) and is_prime(2**p - 1)]
print("mersenne exponents", mersenne)
print("next prime after 10**20:", next(k for k in range(10**20, 10**20 + 1000) if is_prime(k)))


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


g, x, y = egcd(240, 46)
print("egcd", g, x, y, 240 * x + 46 * y)


def crt(rems, mods):
    total, prod = 0, 1
    for m in mods:
        prod *= m
    for r, m in zip(rems, mods):
        p = prod // m
        total += r * pow(p, -1, m) * p
    return total % prod


print("crt", crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
print("fib 299 len", len(str(fib[299])), fib[299] % 1000000007, fib[299] // 10**60)
print("divmod", divmod(-(10**30), 7), divmod(10**30, -7), -(10**30) // 7, -(10**30) % 7)
print("bigneg", (-7) ** 33, abs(-(2**200)) == 2**200, (-2) ** 63 == -(2**63))
print("collatz max", max(range(1, 3000), key=lambda k: (lambda c: c)(sum(1 for _ in iter(lambda s=[k]: s.__setitem__(0, s[0] // 2 if s[0] % 2 == 0 else 3 * s[0] + 1) or s[0] != 1, False)))))
print("comb", math.comb(100, 50), math.perm(20, 10), math.comb(5, 7))
print("float conv", float(2**1000) if 2**1000 < 2**1024 else None, int(1e300) % 1000)
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
print("bits", (2**1000).bit_length(), (10**100).bit_count(), (-(2**70)).bit_length())
print("round", round(10**30 + 5, -1), round(-25, -1), round(35, -1), round(2**70, -20))
print("str big", str(3**200)[:20], hex(3**100), oct(2**100)[:12], bin(10**20)[-10:])
print("int parse", int("1" * 60) % 97, int("-0b101", 0), int("z" * 10, 36), int("  42  "))
print(sum(int(d) for d in str(math.factorial(500))), len(str(7**7**3)))
