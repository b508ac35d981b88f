# A function imports a submodule that a later top-level import loads: called before that
# import runs, CPython runs the submodule's code inside the call (printing "init ...");
# molt runs module code only at top-level imports, so it refuses (it used to read the
# module's variables before they were bound: NameError).
import mod_late_pkg


def read_late():
    from mod_late_pkg import late
    return late.VALUE + 1


print(read_late())
import mod_late_pkg.late

print(mod_late_pkg.late.VALUE)
