# While loops over ints, floats and lists run on machine values first (codegen fast.rs)
# and hand over to the exact loop on overflow, index errors and aliasing.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print("gcd", gcd(1071, 462), gcd(0, 5), gcd(-12, 18), gcd(2**70, 2**65 * 3))


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print("collatz", collatz(27), collatz(1), collatz(2**80 + 1))


def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


xs = [1, 3, 3, 5, 8, 13, 21]
print("bisect", [bisect_left(xs, v) for v in (0, 3, 4, 21, 22)], bisect_left([], 1))
fs = [0.5, 1.5, 2.5]
print("bisect floats", bisect_left(fs, 1.5), bisect_left(fs, 2**60))


def fill_countdown(n):
    count = [0] * n
    r = n
    while r != 1:
        count[r - 1] = r
        r -= 1
    return count, r


print("countdown", fill_countdown(6), fill_countdown(1))


def growing(limit):
    # Overflows i64 half way: the exact loop takes over from the same iteration.
    x = 1
    k = 0
    while x < limit:
        x *= 7
        k += 1
    return x, k


print("growing", growing(10**30), growing(0))


def with_else(vals, target):
    i = 0
    while i < len(vals):
        if vals[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found", i)
    j = 0
    while True:
        j += 3
        if j > 10:
            break
    print("j", j)


with_else([4, 5, 6], 5)
with_else([4, 5, 6], 7)
with_else([], 1)


def undo_in_while():
    xs = [1, 2, 3, 4]
    i = 0
    acc = 5
    while i < 4:
        xs[i] *= 10
        acc = acc * 2**40
        i += 1
    print("undo", xs, acc)


undo_in_while()


def walk_off(xs):
    i = 0
    total = 0
    while xs[i] != 0:
        total += xs[i]
        i += 2
    return total


print("walk", walk_off([1, 9, 2, 9, 0]))
try:
    walk_off([1, 2, 3])
except IndexError as e:
    print("IndexError:", e)


def float_loop(x):
    n = 0
    while x > 1e-3:
        x /= 3.0
        n += 1
    return n, x


print("float", float_loop(1000.0), float_loop(0.0))
i = 10
total = 0
while i > 0:
    total += i * i
    i -= 3
print("module", i, total)
k = 0
while k < 5:
    k += 1
print(10 // (k - 5))
