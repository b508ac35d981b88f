# Fast loops over lists of lists (codegen fast.rs, handles): a list local bound in the loop
# to an item of a list of lists (`b = rows[i]`, `for b in rows:`), indexed by constants.
# Every give-up path: aliasing, short rows, overflow, big ints, zero divisors after stores.


def advance(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            b1 = bodies[i]
            for j in range(i + 1, n):
                b2 = bodies[j]
                dx = b1[0] - b2[0]
                dy = b1[1] - b2[1]
                d2 = dx * dx + dy * dy
                mag = dt / (d2 * d2 ** 0.5)
                m1 = b1[2] * mag
                m2 = b2[2] * mag
                b1[3] -= dx * m2
                b1[4] -= dy * m2
                b2[3] += dx * m1
                b2[4] += dy * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
    return b1, b2, b


def show(bodies):
    print([[round(x, 9) for x in b] for b in bodies])


def fresh():
    return [
        [0.0, 0.0, 10.0, 0.0, 0.0],
        [1.0, 0.5, 1.0, 0.0, 0.3],
        [-2.0, 1.5, 0.5, 0.2, 0.0],
    ]


bs = fresh()
r = advance(bs, 0.01, 50)
show(bs)
print(r[0] is bs[2], r[1] is bs[2], r[2] is bs[2])

# The same list twice in the list of lists: b1 and b2 alias (the second borrow fails),
# the exact loop does what Python does.
same = [0.0, 0.0, 1.0, 0.0, 0.0]
bs = [same, [3.0, 4.0, 2.0, 0.0, 0.0], same]
try:
    advance(bs, 0.01, 3)
except ZeroDivisionError as e:
    print("zero", e)
show(bs)

# Two bodies at the same place: the division by zero comes after stores of the same step.
bs = [[0.0, 0.0, 1.0, 0.0, 0.0], [5.0, 0.0, 1.0, 0.0, 0.0], [5.0, 0.0, 1.0, 0.0, 0.0]]
try:
    advance(bs, 0.01, 4)
except ZeroDivisionError as e:
    print("zero", e)
show(bs)

# A short row: the length check gives up, Python raises IndexError at the right place.
bs = [[0.0, 0.0, 1.0, 0.0, 0.0], [1.0, 1.0, 1.0, 0.0], [2.0, 0.0, 1.0, 0.0, 0.0]]
try:
    advance(bs, 0.01, 2)
except IndexError as e:
    print("index", e)
show(bs)

# An empty list of lists: nothing is bound.
try:
    advance([], 0.1, 2)
except UnboundLocalError as e:
    print("unbound", e)


def ints(rows, k):
    # Int items: overflow of i64 in the middle of the loop, big ints already there.
    total = 0
    for step in range(k):
        for r in rows:
            r[0] += r[1]
            r[1] *= 3
            total += r[0] % 7
    return total


rows = [[1, 2], [-5, 7], [0, -1]]
print(ints(rows, 45), rows)
rows = [[2**70, 1], [3, 4]]
print(ints(rows, 3), rows)
print(ints([[1, 2]], 2))


def flags(rows):
    # Bool rows read only, `continue` and `break`, a rebinding in the same block.
    count = 0
    for i in range(len(rows)):
        row = rows[i]
        if row[0]:
            continue
        row = rows[i - 1]
        if row[1] and not row[0]:
            count += 1
        if count > 2:
            break
    return count, row


print(flags([[False, True], [False, False], [True, True], [False, True], [False, True]]))


def rebind(rows):
    # The same list bound twice in one block (the first borrow ends first), a negative
    # position, a binding inside an if.
    acc = 0.0
    for i in range(3):
        b = rows[0]
        b[0] += 1.0
        b = rows[0]
        b[0] *= 2.0
        b = rows[-1]
        acc += b[1]
        if acc > 3.0:
            c = rows[1]
            c[1] = acc
    return acc, rows


print(rebind([[1.0, 2.0], [3.0, 4.0]]))
try:
    print(rebind([[1.0, 2.0]]))
except IndexError as e:
    print("index", e)



# A row too short for a store that only one branch reaches.
def partial(rows, flag):
    s = 0.0
    for i in range(len(rows)):
        b = rows[i]
        s += b[0]
        if flag and i == 1:
            b[2] = s
    return s


print(partial([[1.0, 2.0, 3.0], [4.0, 5.0]], False))
try:
    print(partial([[1.0, 2.0, 3.0], [4.0, 5.0]], True))
except IndexError as e:
    print("index", e)
