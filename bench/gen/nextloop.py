# Generators driven by next() in while loops, consumed partially and resumed.
import sys


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def fib_mod(m):
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % m


N = int(sys.argv[1]) if len(sys.argv) > 1 else 1400000
it = counter(N)
t = 0
while True:
    x = next(it, -1)
    if x < 0:
        break
    t += x
print(t)

f = fib_mod(1000003)
acc = 0
for _ in range(N // 4):
    acc = (acc + next(f)) % 1000003
# Partially consumed, then resumed by a for loop.
k = 0
for v in f:
    acc ^= v
    k += 1
    if k == N // 4:
        break
print(acc, next(f))

g = counter(N // 2)
first = [next(g) for _ in range(10)]
rest = 0
for v in g:
    rest += v
print(first[-1], rest)
