# Factorials and binomials with big integers.
import math

def fact(n):
    result = 1
    i = 2
    while i <= n:
        result *= i
        i += 1
    return result

def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))

for n in [0, 1, 5, 20, 21, 25, 50]:
    print(n, fact(n))
print(fact(100) == math.factorial(100))
f100 = fact(100)
zeros = 0
while f100 % 10 == 0:
    f100 //= 10
    zeros += 1
print("trailing zeros of 100!:", zeros)
print(binom(100, 50))
print(binom(60, 30), binom(60, 0), binom(60, 60))
digits = str(fact(200))
total = 0
for ch in digits:
    total += int(ch)
print(len(digits), total)
