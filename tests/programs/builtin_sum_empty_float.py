# sum() of float items with the default (int) start: an empty iterable gives the int 0,
# not 0.0; a float start gives a float either way.


def floats(n):
    for i in range(n):
        yield i * 0.5


def scaled(xs, k):
    for x in xs:
        yield x * k


prices = [19.99, 5.01, 0.1]
none = [p for p in prices if p > 100.0]
print(sum(prices), sum(none), sum(none, 0.0), sum(none, 10))
print(sum(floats(0)), sum(floats(4)), sum(floats(0), 0.0), sum(floats(3), -1))
print(sum(x / 3 for x in []), sum(x / 3 for x in [3, 6]))
print(sum(scaled(floats(0), 2.0)), sum(scaled(floats(5), 2.0)))
g = floats(0)
print(sum(g), sum(floats(2), True))
total = sum(none)
print(total, type(total).__name__, total + 1, repr(total * 2.5))
avg = sum(prices) / len(prices)
print(round(avg, 6), type(sum(prices)).__name__)
for n in [0, 1, 2]:
    s = sum(floats(n))
    print(n, s, type(s).__name__)
print(sum([float("inf"), 1.0]), sum([-0.0]), sum([], -0.0), sum([-0.0], 0))
