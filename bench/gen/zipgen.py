# zip() and enumerate() over generators.
import sys


def nums(n):
    for i in range(n):
        yield i


def squares(n):
    for i in range(n):
        yield i * i


def words(n):
    for i in range(n):
        yield i % 7


N = int(sys.argv[1]) if len(sys.argv) > 1 else 1100000
t = 0
for a, b in zip(nums(N), squares(N)):
    t += a * b % 97
print(t)
u = 0
for i, w in enumerate(words(N)):
    if w == 3:
        u += i
print(u)
print(sum(x * y for x, y in zip(nums(N), words(N))))
