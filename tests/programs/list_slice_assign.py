# Slice assignment replacing, growing and shrinking lists.
xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-2, -1]
print(xs)
xs[len(xs):] = [100, 101]
print(xs)
xs[1:3] = []
print(xs)
xs[::2] = ["E"] * len(xs[::2])
print(xs)
xs[:] = [1, 2, 3]
print(xs)
ys = xs
ys[1:2] = [20, 21, 22]
print(xs, ys is xs)
xs[-1:] = "xyz"
print(xs)
xs[1:4] = (7,)
print(xs)
xs[::-1] = list(range(len(xs)))
print(xs)
try:
    xs[::2] = [1, 2, 3, 4, 5, 6, 7]
except ValueError as e:
    print("ValueError:", e)
zs = [0, 1, 2, 3, 4, 5]
zs[4:1] = ["ins"]
print(zs)
zs[-2] = "neg"
zs[0] += 10
print(zs)
