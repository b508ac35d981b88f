# Comprehensions: scoping, nesting, conditions, class bodies; del of names, items, slices.
x = "global x"
squares = [x * x for x in range(5)]
print(x, squares)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print([v for row in matrix for v in row if v % 2 if v > 2])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print({k: v for k, v in zip("abc", range(3)) if v})
print({c.lower() for c in "HeLLo"} == set("helo"), sorted({n % 4 for n in range(20)}))
words = ["apple", "bob", "kayak", "level", "xyz"]
print({w: [i for i, ch in enumerate(w) if ch in "aeiou"] for w in words if w == w[::-1]})
print(sum(n for n in range(100) if n % 7 == 0), max((len(w), w) for w in words))
print(any(w.startswith("k") for w in words), all(len(w) > 2 for w in words))
gen = ((i, j) for i in range(3) for j in range(i))
print(list(gen))
try:
    print(i)
except NameError as e:
    print("NameError:", e)


class Config:
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    table = {n: i for i, n in enumerate(names)}
    size = len(names)
    doubled = [size * k for k in range(2) for size in [size]] if False else None
    try:
        doubled = [size * 2 for _ in range(2)]
    except NameError as e:
        doubled = str(e)
    firsts = [k * 2 for k in range(size)]


print(Config.upper, Config.table, Config.doubled, Config.firsts)


def scoped(n):
    fs = [lambda: k for k in range(n)]
    total = [k * n for k in range(n)]
    return [f() for f in fs], total


print(scoped(3))
nested = [[(lambda y=y: y * 2)() for y in range(x)] for x in range(4)]
print(nested)
walrus = [y for v in range(6) if (y := v * v) > 5]
print(walrus, y)
data = {"a": [1, 2], "b": [], "c": [3]}
print([(k, v) for k, vs in data.items() for v in vs])
print(dict((k, len(v)) for k, v in data.items()))
flat = sorted({v for vs in data.values() for v in vs}, reverse=True)
print(flat)

# del statements
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del a[0]
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
name = "temp"
del name
try:
    print(name)
except NameError as e:
    print("NameError:", e)


def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(local_del())


class Obj:
    pass


o = Obj()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), o.other, vars(o))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
p, q = [1, 2, 3], [4, 5]
del p[0], q[-1]
print(p, q)
nested_l = [[1, 2], [3, 4]]
del nested_l[1][0]
print(nested_l)
try:
    del a[100]
except IndexError as e:
    print("IndexError:", e)
