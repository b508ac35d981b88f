# Subscripts whose index or value rebinds the subscripted name: Python evaluates the
# object first, so the old list is the one read or written.


def read_rebinding():
    xs = [10, 20, 30]
    a = xs[(xs := [7, 8, 9])[0] - 6]
    print(a, xs)
    d = {"k": 1, "j": 2}
    b = d[(d := {"k": 5})and "j"]
    print(b, d)


def write_rebinding():
    xs = [1, 2, 3]
    old = xs
    xs[(xs := [0, 0, 0])[1]] = 99
    print(old, xs)
    ys = [1.5, 2.5]
    keep = ys
    ys[0] += (ys := [0.0, 0.0])[1] + 1.0
    print(keep, ys)
    d = {"a": 1}
    dk = d
    d["a"] += len(d := {"a": 100, "b": 2})
    print(dk, d)


def aliases():
    grid = [[0] * 3 for _ in range(3)]
    row = grid[1]
    row[2] += 5
    grid[1][0] -= 2
    alias = grid
    alias[2][2] = 7
    print(grid, row is grid[1])
    t = (1, "two", [3])
    t[2].append(4)
    print(t[0], t[1], t[2], t[-1][0])
    try:
        print(grid[3])
    except IndexError as e:
        print("IndexError", e)
    try:
        row[-4] += 1
    except IndexError as e:
        print("IndexError", e)


read_rebinding()
write_rebinding()
aliases()
