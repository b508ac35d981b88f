# Functions as values: passed as arguments, returned, stored in dicts and lists, compared.
def apply_twice(f, x):
    return f(f(x))


def add3(x):
    return x + 3


def shout(s):
    return s.upper() + "!"


print(apply_twice(add3, 10), apply_twice(shout, "hi"))


def pipeline(*funcs):
    def run(value):
        for f in funcs:
            value = f(value)
        return value
    return run


clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello Big World  "))
print(pipeline()(42), pipeline(abs, str, len)(-12345))

handlers = {}


def register(name):
    def wrap(fn):
        handlers[name] = fn
        return fn
    return wrap


@register("greet")
def greet(arg):
    return f"hello {arg}"


@register("count")
def count(arg):
    return len(arg.split())


register("rev")(lambda arg: arg[::-1])

for cmd, arg in [("greet", "bob"), ("count", "a b c"), ("rev", "stressed"), ("nope", "x")]:
    fn = handlers.get(cmd)
    print(cmd, "->", fn(arg) if fn else f"unknown command {cmd!r}")
print(sorted(handlers), handlers["greet"] is greet)

# Builtins and methods are values too.
funcs = [len, str.upper, abs, sorted, "-".join]
args = ["hello", "hello", -3, "cab", "abc"]
print([f(a) for f, a in zip(funcs, args)])
print([f.__name__ for f in (len, greet, add3, apply_twice)])


def choose(op):
    if op == "min":
        return min
    if op == "max":
        return max
    return lambda xs: sum(xs) / len(xs)


data = [4, 8, 15, 16, 23, 42]
print([choose(op)(data) for op in ("min", "max", "mean")])

# Functions compare by identity and can be dict keys.
calls = {add3: 0, shout: 0}
for f in [add3, shout, add3]:
    calls[f] += 1
print([(f.__name__, n) for f, n in calls.items()], add3 == add3, add3 == shout)

# A function attribute and a function defined conditionally.
if len(data) > 3:
    def summary(xs):
        return f"{len(xs)} items"
else:
    def summary(xs):
        return "few items"
print(summary(data), callable(summary))

# Calling something that is not a function.
table = [add3, 5]
for item in table:
    try:
        print(item(1))
    except TypeError as e:
        print("TypeError:", e)
