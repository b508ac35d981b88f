# The global statement: rebinding module-level names from functions.
counter = 0
config = {"verbose": False}
names = []


def bump(n=1):
    global counter
    counter += n
    return counter


def set_verbose(flag):
    config["verbose"] = flag      # mutating a global needs no declaration


def reset():
    global counter, names
    counter = 0
    names = []


def add_name(name):
    names.append(name)


bump()
bump(5)
print(counter)
set_verbose(True)
print(config)
add_name("a")
old = names
reset()
add_name("b")
print(counter, names, old, old is names)


def shadow():
    counter = 99            # a local, the global is untouched
    return counter


print(shadow(), counter)


def define_new_global():
    global created_later
    created_later = "made inside a function"


try:
    print(created_later)
except NameError as e:
    print("NameError:", e)
define_new_global()
print(created_later)


def nested_global():
    def inner():
        global counter
        counter = 1000
    inner()
    return counter


print(nested_global(), counter)


# A global used in a loop from another function.
cache = {}


def fib(n):
    if n in cache:
        return cache[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = result
    return result


print(fib(80), len(cache))


def unknown():
    return undefined_name + 1


try:
    unknown()
except NameError as e:
    print("NameError:", e)
