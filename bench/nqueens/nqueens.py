# Count the solutions of the n-queens problem by backtracking, marking attacked
# columns and diagonals in lists of booleans.
# Usage: nqueens.py [n]
import sys


def solve(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        if not cols[col] and not diag1[d1] and not diag2[d2]:
            cols[col] = diag1[d1] = diag2[d2] = True
            count += solve(n, row + 1, cols, diag1, diag2)
            cols[col] = diag1[d1] = diag2[d2] = False
    return count


def queens(n):
    return solve(n, 0, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    for size in range(4, n + 1):
        print("%d queens: %d solutions" % (size, queens(size)))


main()
