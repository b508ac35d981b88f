# Private names (`__x` inside a class) are mangled to `_Class__x`, as CPython does:
# a subclass's `__x` is a different attribute from its base's.


class Base:
    __count = 0

    def __init__(self, v):
        self.__v = v
        Base.__count += 1

    def base_v(self):
        return self.__v

    def __helper(self):
        return "helper of " + type(self).__name__

    def call_helper(self):
        return self.__helper()

    @classmethod
    def count(cls):
        return cls.__count


class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.__v = w

    def derived_v(self):
        return self.__v

    def try_base_private(self):
        try:
            return self.__helper()
        except AttributeError as e:
            return "AttributeError: " + str(e)


class __Under:
    def __init__(self):
        self.__p = 1


class ___:
    def __init__(self):
        self.__q = 2


def outer():
    class Inner:
        def __init__(self):
            self.__z = 3

        def get(self):
            def nested():
                return self.__z

            return nested()

        def lam(self):
            return (lambda __k: __k + self.__z)(10)

    return Inner()


d = Derived(1, 2)
print(d.base_v(), d.derived_v(), d._Base__v, d._Derived__v)
print(d.call_helper(), d.try_base_private())
print(Base.count(), Base._Base__count, Derived(5, 6).base_v(), Base.count())
print(sorted(k for k in vars(d)))
print(vars(__Under()), vars(___()))
i = outer()
print(i.get(), i.lam(), vars(i))
print(hasattr(d, "__v"), getattr(d, "_Base__v"))


class Slotted:
    __slots__ = ("__a", "b")

    def __init__(self):
        self.__a = 4
        self.b = 5

    def total(self):
        return self.__a + self.b


s = Slotted()
print(s.total(), s._Slotted__a)


class Reader:
    def read(self):
        return __secret_global


_Reader__secret_global = "mangled global"
print(Reader().read())
print(d.__v)
