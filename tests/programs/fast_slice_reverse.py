# Fast loops reverse a list's prefix in place for `xs[:k + 1] = xs[k::-1]` (codegen
# fast.rs, freverse), and give up to the exact code for every other case: a negative k,
# k past the end, a left side of another length (the list resizes), big ints, overflow
# after the reversal in the same iteration.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


for n in range(1, 7):
    print(n, fannkuch(n))


def flip_all(xs, ks):
    # k from another list: negative, too large, zero.
    out = []
    for i in range(len(ks)):
        k = ks[i]
        xs[: k + 1] = xs[k::-1]
        out.append(xs[:])
    return out


print(flip_all([1, 2, 3, 4, 5], [2, 4, 0, -2, 7, -9, 3]))


def flips_counted(xs, limit):
    # The counter overflows i64 after a reversal of the same iteration: the reversal is
    # undone and the exact loop does it again with big ints.
    c = 1
    while limit > 0:
        k = limit % len(xs)
        xs[: k + 1] = xs[k::-1]
        c *= 7
        limit -= 1
    return c, xs


print(flips_counted([3, 1, 2, 0, 4], 30))
print(flips_counted([4, 3, 2, 1, 0, 5, 6], 12))


def other_shapes(xs):
    # A left side of another length: the list grows or shrinks.
    for i in range(2):
        k = xs[0]
        xs[:k] = xs[k::-1]
    return xs


print(other_shapes([2, 5, 6, 7]))
print(other_shapes([0, 1]))


def big_items(xs):
    total = 0
    for i in range(3):
        k = xs[-1] % 3
        xs[: k + 1] = xs[k::-1]
        total += xs[0] % 1000
    return total, xs


print(big_items([2**70, 5, -3, 2]))
print(big_items([1, 2, 3, 2**64 + 1]))
fl = [1.5, 2.5, 3.5]
for i in range(2):
    fl[: i + 1] = fl[i::-1]
print(fl)


def mixed(xs, limit):
    # Reversals and item stores on one list: the undo logs items, in order.
    c = 1
    while limit > 0:
        k = limit % len(xs)
        xs[: k + 1] = xs[k::-1]
        xs[-1] += k
        c *= 9
        limit -= 1
    return c, xs


print(mixed([5, 1, 4, 2, 3], 25))
print(mixed([1, 2], 3))
