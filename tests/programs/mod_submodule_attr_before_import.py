# A package's submodule is its attribute only once a top-level import has run it: code
# that runs before (a function called early, a module-level read) gets CPython's
# AttributeError, and the same code works after the import.
import mod_late_pkg


def use_call():
    return mod_late_pkg.tools.triple(5)


def use_value():
    return mod_late_pkg.tools.COUNT


def use_ref():
    f = mod_late_pkg.tools.triple
    return f(2)


for fn in (use_call, use_value, use_ref):
    try:
        print(fn())
    except AttributeError as e:
        print("AttributeError:", e)
try:
    print(mod_late_pkg.tools.COUNT)
except AttributeError as e:
    print("AttributeError:", e)
print("importing")
import mod_late_pkg.tools

print(use_call(), use_value(), use_ref(), mod_late_pkg.tools.COUNT)
mod_late_pkg.tools.COUNT = 10
print(use_call(), use_value())
