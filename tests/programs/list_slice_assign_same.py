# Slice assignments whose right side is a slice of a list (often of the same list):
# the right side is evaluated into a new list first, so overlaps read the old items.
perm = list(range(8))
for k in [3, 7, 0, 5]:
    perm[: k + 1] = perm[k::-1]
    print(k, perm)

a = [1, 2, 3, 4, 5]
a[1:4] = a[0:3]
print(a)
a[:] = a
print(a)
a[2:2] = a[-2:]
print(a)
a[-3:] = a[:1]
print(a)
a[10:20] = a[:2]
print(a)
b = a
a[:] = []
print(a, b, a is b)

words = ["x", "y", "z", "w"]
alias = words
words[::2] = words[1::2]
print(words, alias is words)
try:
    words[::2] = words[:3]
except ValueError as e:
    print("ValueError", e)

grid = [[i * 3 + j for j in range(3)] for i in range(3)]
grid[0][:] = grid[2][::-1]
grid[1:] = grid[:2]
print(grid, grid[1] is grid[0])
fl = [0.5, -1.5, 2.25]
fl[0:2] = fl[1:3]
print(fl)
big = [10**20, -(10**20), 3]
big[:2] = big[1:]
print(big)
