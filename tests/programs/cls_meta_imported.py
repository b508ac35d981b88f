# Metaclasses imported from the program's own package, by attribute and by alias.
from meta_imports import base
from meta_imports.base import Meta as MM


class Sub(base.Meta):
    def tag(cls):
        return cls.__name__.lower()


class Sub2(MM):
    def shout(cls):
        return cls.__name__.upper()


class A(metaclass=Sub):
    pass


class B(metaclass=Sub2):
    pass


print(A.tag(), A.describe(), type(A).__name__, isinstance(A, base.Meta))
print(B.shout(), B.describe(), type(B).__name__, isinstance(B, MM), isinstance(B, Sub))
