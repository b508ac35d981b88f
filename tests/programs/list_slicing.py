# List indexing and slicing, including steps and negative bounds.
xs = list(range(10))
print(xs[0], xs[-1], xs[-10])
print(xs[2:7], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[8:1:-3], xs[-2:-8:-2])
print(xs[5:5], xs[9:3], xs[100:200], xs[-100:2])
s = xs[:]
s.append(99)
print(len(xs), len(s))
t = (1, 2, 3, 4, 5)
print(t[1:4], t[::-1], t[-2:], t[::2], t[3:1], type(t[1:3]).__name__)
try:
    print(xs[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(t[-6])
except IndexError as e:
    print("IndexError:", e)
try:
    xs[12] = 0
except IndexError as e:
    print("IndexError:", e)
nested = [[1, 2], [3, 4], [5, 6]]
print(nested[1][0], nested[-1][-1], nested[::2], nested[1:][0][1])
