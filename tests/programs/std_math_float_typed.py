# math functions of one float, where inference knows the argument is a float (the typed
# path), against their domain and range errors and special values.
import math


def show(name, f, x):
    try:
        print(name, repr(x), "->", repr(f(x)))
    except (ValueError, OverflowError) as e:
        print(name, repr(x), "->", type(e).__name__, e)


def floats():
    xs = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.5, -2.5, 3.75, 1e-300, 1e20, -1e20, 1e308, 710.0, -745.5]
    xs.append(float("inf"))
    xs.append(float("-inf"))
    xs.append(float("nan"))
    return xs


for x in floats():
    y = x * 1.0
    show("sqrt", lambda v: math.sqrt(v), y)
    show("exp", lambda v: math.exp(v), y)
    show("sin", lambda v: math.sin(v), y)
    show("cos", lambda v: math.cos(v), y)
    show("tan", lambda v: math.tan(v), y)
    show("atan", lambda v: math.atan(v), y)
    show("asin", lambda v: math.asin(v), y)
    show("acos", lambda v: math.acos(v), y)
    show("sinh", lambda v: math.sinh(v), y)
    show("cosh", lambda v: math.cosh(v), y)
    show("tanh", lambda v: math.tanh(v), y)
    show("fabs", lambda v: math.fabs(v), y)
    show("degrees", lambda v: math.degrees(v), y)
    show("radians", lambda v: math.radians(v), y)
    show("expm1", lambda v: math.expm1(v), y)
    show("exp2", lambda v: math.exp2(v), y)
    show("floor", lambda v: math.floor(v), y)
    show("ceil", lambda v: math.ceil(v), y)
    show("trunc", lambda v: math.trunc(v), y)


def hypot_loop(n):
    # A float loop calling sqrt each step, as numeric code does.
    total = 0.0
    for i in range(n):
        f = i * 0.5
        total += math.sqrt(f * f + 1.0) - math.floor(f)
    return total


print(hypot_loop(1000))
r = 2.0
print(math.floor(r * 1.5) + 1, math.ceil(-r / 3.0) * 2)


def distance(ax, ay, bx, by):
    return math.sqrt((ax - bx) ** 2 + (ay - by) ** 2)


print(distance(0.0, 0.0, 3.0, 4.0), distance(1.5, -2.5, -1.5, 2.5))
bad = -4.0
print(math.sqrt(bad))
