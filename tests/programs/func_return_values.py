# Early return, implicit None, returning tuples and multiple values.
def nothing():
    pass

def early(x):
    if x < 0:
        return "negative"
    if x == 0:
        return
    return "positive"

def stats(values):
    if not values:
        return None, None, None
    total = sum(values)
    return min(values), max(values), total / len(values)

def split_name(full):
    first, _, last = full.partition(" ")
    return first, last

print(nothing(), early(-1), early(0), early(5))
lo, hi, avg = stats([3, 1, 4, 1, 5, 9, 2, 6])
print(lo, hi, avg)
print(stats([]))
r = stats([7])
print(r, r[2])
f, l = split_name("Ada Lovelace")
print(l + ", " + f)
print(split_name("Cher"))

def search(matrix, target):
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v == target:
                return (i, j)
    return (-1, -1)

print(search([[1, 2], [3, 4]], 4), search([[1, 2]], 9))

def loop_return():
    for i in range(10):
        while True:
            if i == 3:
                return i * 100
            break
    return -1

print(loop_return())
