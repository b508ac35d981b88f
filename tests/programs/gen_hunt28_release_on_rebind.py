# Binding a name again releases its old value where CPython does, even when the compiler
# keeps the old and new values in separate variables (split webs): a suspended
# generator's `finally` runs at the rebinding, not at the end of the scope.


def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)


gen = g("one")
print(next(gen))
gen = g("two")
print(next(gen), next(gen))
gen = None
print("module rebinds done")

x = g("typed-then-int")
next(x)
x = 5
print("x is", x)


def func(flag):
    y = g("local")
    next(y)
    y = "now a string"
    print("after rebind:", y)
    z = g("maybe")
    next(z)
    if flag:
        z = 0
        print("z rebound in branch")
    print("end of func", flag)


func(True)
func(False)


def loop():
    for i in range(3):
        it = g(f"loop{i}")
        next(it)
        it = i
        print("iteration", it)


loop()


def in_generator():
    inner = g("inside a generator")
    yield next(inner)
    inner = 3
    yield inner


print(list(in_generator()))


def try_block():
    r = g("try")
    next(r)
    try:
        n = int("x")
    except ValueError:
        print("int failed, r still holds the generator")
    r = []
    print("r is a list", r)


try_block()


def consumed():
    # Read once by a consumer: the generator runs inside list(), nothing is left to drop.
    e = g("consumed")
    print(list(e))
    e = g("second")
    print(next(e))
    e = 0
    print("e is", e)


consumed()
print("done")
