# The pidigits benchmark of the Computer Language Benchmarks Game: the first n digits of
# pi from Gibbons' unbounded spigot algorithm, on Python's big ints.
# Usage: pidigits.py [n]
import sys


def pidigits(n):
    i = k = ns = 0
    k1 = 1
    num, acc, den = 1, 0, 1
    while i < n:
        k += 1
        t = num << 1
        num *= k
        acc += t
        k1 += 2
        acc *= k1
        den *= k1
        if acc >= num:
            t, u = divmod(num * 3 + acc, den)
            u += num
            if den > u:
                ns = ns * 10 + t
                i += 1
                if i % 10 == 0:
                    print("%010d\t:%d" % (ns, i))
                    ns = 0
                elif i == n:
                    # Pad the last, partial line to ten columns.
                    print("%s\t:%d" % (str(ns).zfill(i % 10).ljust(10), i))
                acc -= den * t
                acc *= 10
                num *= 10


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    pidigits(n)


main()
