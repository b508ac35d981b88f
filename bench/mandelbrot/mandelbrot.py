# The Mandelbrot set on an n x n grid over [-1.5, 0.5] x [-1, 1], 50 iterations per
# point (the Computer Language Benchmarks Game's parameters). Instead of a bitmap it
# prints the number of points in the set and a checksum of the escape iterations.
# Usage: mandelbrot.py [n]
import sys


def mandelbrot(n, max_iter):
    inside = 0
    checksum = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            escaped = max_iter
            for i in range(max_iter):
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    escaped = i
                    break
            if escaped == max_iter:
                inside += 1
            checksum = (checksum * 31 + escaped) % 1000000007
    return inside, checksum


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800
    inside, checksum = mandelbrot(n, 50)
    print("%d x %d: %d points inside" % (n, n, inside))
    print("checksum %d" % checksum)


main()
