# Lambdas: as sort keys, in data structures, immediately called, with defaults and conditionals.
people = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cy", 31, "lima"), ("dee", 19, "oslo")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[2]) * 100 + p[1]))
print(list(filter(lambda p: p[2] == "oslo", people)))
print(list(map(lambda p: p[0].title(), people)))

square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(square(7), compose(square, inc)(3), compose(inc, square)(3))
print((lambda a, b=10, *rest, **kw: (a, b, rest, sorted(kw)))(1, 2, 3, z=4, y=5))
print((lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-3, 0, 8)])
print(square.__name__, (lambda: 0).__name__)

ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "pow": lambda a, b: a ** b,
    "div": lambda a, b: a / b,
}
for name in ops:
    print(name, ops[name](2, 10))
try:
    ops["div"](1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    square(1, 2)
except TypeError as e:
    print("TypeError:", e)

# Lambdas capturing variables from an enclosing function.
def make_scaler(k):
    return lambda x: x * k

scalers = [make_scaler(k) for k in range(1, 4)]
print([s(5) for s in scalers])
# Recursive lambda through a name bound later.
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words), key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True)[:3])
