# A metaclass hook molt does not run must be refused even when the base metaclass is
# imported under another name.
from meta_imports.base import Meta as MM


class Eqs(MM):
    def __eq__(cls, other):
        return True


class A(metaclass=Eqs):
    pass


print(A == int)
