# zip(*rows): transposing lists of lists, tuples and strings; ragged and empty rows.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
t = list(zip(*grid))
print(t, [list(r) for r in zip(*grid)], [sum(c) for c in zip(*grid)])
print(list(zip(*[[1, 2, 3], [4, 5]])), list(zip(*[])), list(zip(*[[], [1]])))
words = ["abc", "de", "fgh"]
print(list(zip(*words)), ["".join(c) for c in zip(*["hello", "world"])])
rows = (("a", 1), ("b", 2), ("c", 3))
names, nums = zip(*[list(r) for r in [["x", "y"], ["z", "w"]]])
print(names, nums)
matrix = [[i * j - 3 for j in range(4)] for i in range(3)]
rotated = [list(r) for r in zip(*matrix[::-1])]
print(rotated)
for col in zip(*matrix):
    print(max(col), min(col), end="; ")
print()
grid[0].append(10)
print(list(zip(*grid)), len(grid[0]))
big = [[10**20, -1], [2, 3]]
print(list(zip(*big)))
fl = [[0.5, 1.5], [2.25, -0.0]]
print([sum(c) for c in zip(*fl)])
r = [range(3), range(1, 5)]
print(list(zip(*r)))
z = zip(*grid)
print(next(z), next(z), list(z), list(z))
try:
    list(zip(*[[1], 5]))
except TypeError as e:
    print("TypeError:", e)
