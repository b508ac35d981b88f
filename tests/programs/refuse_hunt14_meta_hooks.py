class M(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {}

    def __eq__(cls, other):
        return True


def fmeta(name, bases, ns):
    return type(name, bases, ns)


class A(metaclass=fmeta):
    pass
