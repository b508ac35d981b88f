# Sorting and binary search: sort pseudo-random ints, look up as many more with
# bisect, sort (key, value) tuples, and keep a sorted list up to date with insort.
# Usage: sort_bisect.py [n]
import bisect
import sys


def lcg(seed, count):
    # The ANSI C rand() recurrence (its high bits), so that any language can produce the
    # same data.
    values = []
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        values.append(x >> 8)
    return values


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    data = lcg(42, n)
    queries = lcg(7, n)

    data.sort()
    hits = 0
    position_sum = 0
    for q in queries:
        i = bisect.bisect_left(data, q)
        position_sum += i
        if i < n and data[i] == q:
            hits += 1
    print("median: %d" % data[n // 2])
    print("hits: %d, position sum: %d" % (hits, position_sum))

    pairs = []
    for v in data:
        pairs.append((v % 1000, v))
    pairs.sort()
    checksum = 0
    for key, v in pairs:
        checksum = (checksum * 31 + key + v) % 1000000007
    print("pairs: first %r, last %r, checksum %d" % (pairs[0], pairs[-1], checksum))

    window = []
    for q in queries[: n // 20]:
        bisect.insort(window, q)
    print("window: %d items, min %d, max %d, middle %d" % (len(window), window[0], window[-1], window[len(window) // 2]))


main()
