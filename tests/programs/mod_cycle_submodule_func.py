# Functions of a submodule reached through its package while the submodule's code is still
# running (an import cycle): the call and the reference raise CPython's AttributeError,
# and once both modules have run the same expressions call the functions.
import mod_cyc_pkg.a
import mod_cyc_pkg.b

print(mod_cyc_pkg.a.fa(), mod_cyc_pkg.b.call_a())
