# functools.partial: freezing positional and keyword arguments; partial objects as callbacks.
from functools import partial, reduce
import operator


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(7), cube(3), two_to(10), [two_to(n) for n in range(5)])
print(square.func is power, square.args, square.keywords, two_to.args)
print(square(5, exponent=4))          # keywords can be overridden at call time
try:
    two_to(3, 4)
except TypeError as e:
    print("TypeError:", e)

int_from_binary = partial(int, base=2)
print(int_from_binary("1011"), int_from_binary("11111111"))
print(list(map(partial(round, ndigits=1), [1.25, 2.675, 3.14159])))


def log(level, component, message, *, sep=": "):
    return f"[{level}] {component}{sep}{message}"


warn = partial(log, "WARN")
db_warn = partial(warn, "db")
print(db_warn("slow query"), warn("api", "rate limited", sep=" -> "))
info_pipe = partial(log, "INFO", sep=" | ")
print(info_pipe("cache", "warm"))

# Partials of partials flatten their arguments.
print(db_warn.args, db_warn.func is log)

# Callbacks in a dispatch table.
handlers = {
    "double": partial(operator.mul, 2),
    "neg": partial(operator.sub, 0),
    "inc": partial(operator.add, 1),
    "clamp": partial(max, 0),
}
value = 5
for step in ["double", "inc", "neg", "clamp", "inc"]:
    value = handlers[step](value)
    print(step, value)

print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0))
print(sorted(["b10", "a2", "c1"], key=partial(lambda pos, s: s[pos:], 1)))
join_dash = partial(str.join, "-")
print(join_dash(["x", "y", "z"]))
