# functools.wraps / update_wrapper with assigned= and updated=.
import functools


def singleton(cls):
    inst = {}

    @functools.wraps(cls, updated=())
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]

    return get


@singleton
class Config:
    """The config."""

    def __init__(self, v):
        self.v = v


print(Config(1).v, Config(2).v, Config(3) is Config(4), Config.__name__, Config.__doc__)


def base(x):
    "base doc"
    return x


base.extra = 5


def w1(*a):
    return base(*a)


functools.update_wrapper(w1, base, assigned=("__name__",))
print(w1.__name__, w1.__doc__, w1.extra, w1.__wrapped__ is base, w1(3))


def w2():
    pass


functools.update_wrapper(w2, base, ["__doc__"], [])
print(w2.__name__, w2.__doc__, hasattr(w2, "extra"))


@functools.wraps(base, assigned=())
def w3():
    pass


print(w3.__name__, w3.__doc__, w3.extra)
try:
    functools.wraps(base, assigned=[1])(w3)
except TypeError as e:
    print("TypeError", e)
