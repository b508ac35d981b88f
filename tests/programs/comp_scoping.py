# Comprehension scoping: the loop variable does not leak, the first iterable is evaluated
# in the enclosing scope, and class bodies are not visible inside comprehensions.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
i = 100
gen_total = sum(i for i in range(5))
print(gen_total, i)
d = {k: k for k in "ab"}
try:
    print(k)
except NameError as e:
    print("NameError:", e)

# The first iterable is evaluated immediately, the rest lazily per item.
def source(tag, n):
    print(f"  evaluating {tag}")
    return range(n)

g = ((a, b) for a in source("first", 2) for b in source("second", 2))
print("generator created")
print(list(g))

# Names used inside refer to the enclosing function's variables (closures).
def scale_all(values, factor):
    return [v * factor for v in values]

print(scale_all([1, 2, 3], 10))

def counters():
    fns = [lambda: n for n in range(3)]
    return [f() for f in fns]

print(counters())

# Class bodies: class variables are not in scope inside a comprehension (except the first iterable).
class Config:
    base = [1, 2, 3]
    factor = 10
    doubled = [v * 2 for v in base]            # `base` is the first iterable: fine
    try:
        scaled = [v * factor for v in base]    # `factor` is not visible here
    except NameError as e:
        error = str(e)

print(Config.doubled, Config.error, hasattr(Config, "scaled"))

# The walrus operator inside a comprehension binds in the enclosing scope.
data = [3, 8, 1, 9, 4]
running = 0
prefix = [running := running + v for v in data]
print(prefix, running)
big = [y for v in data if (y := v * 2) > 10]
print(big, y)

# Loop variables of a plain for loop DO leak.
for leaked in range(3):
    pass
print("leaked", leaked)
