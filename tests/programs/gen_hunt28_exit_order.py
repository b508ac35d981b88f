# Generators still suspended when the program ends are closed oldest first, module
# variables used by functions (globals) and the others alike, as CPython's finalization of
# the module namespace does.


def g(name):
    try:
        yield 1
    finally:
        print("cleanup", name)


first = g("first (global)")
next(first)
second = g("second (module local)")
next(second)
third = g("third (global)")
next(third)
fourth = g("fourth (module local)")
next(fourth)


def peek():
    return first, third


print("end of module code")
