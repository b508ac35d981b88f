# Imports inside functions of modules whose code has already run bind them without
# running them again; the defs come after the top-level imports that run the modules.
import mod_late_pkg.early
from mod_late_pkg import late


def read_early():
    from mod_late_pkg import early
    return early.VALUE


def read_both():
    import mod_late_pkg.late
    from mod_late_pkg.early import VALUE
    return mod_late_pkg.late.VALUE + VALUE


print("calls")
print(read_early(), read_both(), late.VALUE)
late.VALUE = 100
print(read_both())
