# Matrix multiplication, determinant and inverse with lists of lists.
def make_matrix(rows, cols, fill):
    m = []
    for i in range(rows):
        m.append([fill] * cols)
    return m


def identity(n):
    m = make_matrix(n, n, 0)
    for i in range(n):
        m[i][i] = 1
    return m


def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} times {len(b)}x{len(b[0])}")
    result = make_matrix(len(a), len(b[0]), 0)
    for i in range(len(a)):
        for j in range(len(b[0])):
            total = 0
            for k in range(len(b)):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result


def transpose(m):
    t = make_matrix(len(m[0]), len(m), 0)
    for i in range(len(m)):
        for j in range(len(m[0])):
            t[j][i] = m[i][j]
    return t


def minor(m, row, col):
    result = []
    for i in range(len(m)):
        if i == row:
            continue
        new_row = m[i][:col] + m[i][col + 1:]
        result.append(new_row)
    return result


def det_laplace(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(n):
        sign = -1 if col % 2 else 1
        total += sign * m[0][col] * det_laplace(minor(m, 0, col))
    return total


def det_gauss(m):
    a = []
    for row in m:
        a.append(list(map(float, row)))
    n = len(a)
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(a[r][col]) > abs(a[pivot][col]):
                pivot = r
        if a[pivot][col] == 0:
            return 0.0
        if pivot != col:
            a[pivot], a[col] = a[col], a[pivot]
            det = -det
        det *= a[col][col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= factor * a[col][c]
    return det


def show(name, m):
    print(name + ":")
    for row in m:
        cells = []
        for v in row:
            cells.append(str(v).rjust(6))
        print("  [" + " ".join(cells) + " ]")


def mat_pow(m, p):
    result = identity(len(m))
    base = m
    while p > 0:
        if p & 1:
            result = mat_mul(result, base)
        base = mat_mul(base, base)
        p >>= 1
    return result


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("A", a)
show("B", b)
show("A x B", mat_mul(a, b))
show("B x A", mat_mul(b, a))
show("A^T", transpose(a))
c = [[2, -3, 1, 5], [4, 0, -2, 1], [-1, 6, 3, 0], [3, 1, 1, -4]]
print("det(C) laplace:", det_laplace(c))
print("det(C) gauss:  ", round(det_gauss(c), 9))
print("det(I4):", det_laplace(identity(4)), "det singular:", det_laplace([[1, 2], [2, 4]]))
fib = [[1, 1], [1, 0]]
print("fib(100) via matrix power:", mat_pow(fib, 100)[0][1])
print("fib(300):", mat_pow(fib, 300)[0][1])
hilbert = make_matrix(5, 5, 0.0)
for i in range(5):
    for j in range(5):
        hilbert[i][j] = 1 / (i + j + 1)
print("det(Hilbert 5):", det_gauss(hilbert))
try:
    mat_mul(a, a)
except ValueError as e:
    print("error:", e)
