"""Module __doc__: the docstring of the script, of a package and of its modules
(None without one), read as a name, as a module attribute and from functions."""
import argparse
import mod_doc_pkg
from mod_doc_pkg import documented, plain
import mod_doc_pkg.plain as p


def show():
    return __doc__.splitlines()[0]


print(repr(__doc__[:20]))
print(show())
print(repr(mod_doc_pkg.__doc__))
print(repr(documented.__doc__))
print(repr(mod_doc_pkg.documented.__doc__))
print(plain.__doc__, p.__doc__, mod_doc_pkg.plain.__doc__)
print(repr(documented.own_doc()), plain.own_doc())
print(documented.own_doc.__doc__)
parser = argparse.ArgumentParser(description=__doc__)
print(parser.description == __doc__)
__doc__ = "rebound"
print(__doc__, show())
