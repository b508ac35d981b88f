# The spectral-norm benchmark of the Computer Language Benchmarks Game: the largest
# eigenvalue of an infinite matrix, by the power method.
# Usage: spectral_norm.py [n]
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_a_times_u(u):
    n = len(u)
    result = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(i, j) * u[j]
        result[i] = total
    return result


def eval_at_times_u(u):
    n = len(u)
    result = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(j, i) * u[j]
        result[i] = total
    return result


def eval_ata_times_u(u):
    return eval_at_times_u(eval_a_times_u(u))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = eval_ata_times_u(u)
        u = eval_ata_times_u(v)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%0.9f" % ((vbv / vv) ** 0.5))


main()
