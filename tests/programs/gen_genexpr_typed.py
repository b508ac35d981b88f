# Generator expressions called directly with typed iterables: when the first iterable's
# iterator is made, what captured variables they see, and that they are still generators.

n = 10
print(sum(x * x for x in range(n) if x % 3))
print(max(len(str(i)) for i in range(1000)))
print(list(c.upper() for c in "héllo"))
print(sorted((b, a) for a, b in [(1, "x"), (2, "a")]))
print(tuple(x for x in (1, "two", 3.0)))
print(list(x + y for x in [1, 2] for y in (10, 20)))

# A list mutated after the generator expression is made: its iterator sees the change.
xs = [1, 2, 3]
g = (x * 10 for x in xs)
xs.append(4)
xs[0] = 0
print(list(g))
xs = [1, 2, 3]
g = (x for x in xs)
xs = [7, 8]
print(list(g))

# A dict or set changing size after the generator expression was made.
d = {1: "a", 2: "b"}
g = (k for k in d)
d[3] = "c"
try:
    print(list(g))
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2}
g = (v for v in s)
s.add(3)
try:
    print(list(g))
except RuntimeError as e:
    print("RuntimeError", e)

# iter() of the first iterable runs when the expression is evaluated.
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError", e)


class Loud:
    def __iter__(self):
        print("iter called")
        return iter([1, 2])


g = (x for x in Loud())
print("made")
print(list(g))

# Captured variables are read when the items are produced.
k = 1
g = (x + k for x in range(3))
k = 100
print(list(g))


def scaled(items, factor):
    return list(x * factor for x in items)


print(scaled([1, 2], 3), scaled(range(3), 0.5), scaled("ab", 2))

# Still a generator object.
g = (x for x in range(3))
print(type(g).__name__, g.__name__, next(g), list(g), next(g, "end"))
g = (x for x in [1, 2, 3])
print(next(g))
g.close()
print(list(g))
g = (1 // x for x in [1, 0])
try:
    print(list(g))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Nested and chained generator expressions.
print(sum(y for y in (x * 2 for x in range(5)) if y > 2))
print([list(r) for r in ((i * j for j in range(3)) for i in range(3))])
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in []))
print(", ".join(str(i) for i in range(4)))
print(dict((i, i * i) for i in range(3)), set(x % 2 for x in range(5)))


class Box:
    items = [3, 1, 2]
    total = sum(x for x in items)


print(Box.total)
