import functools


def traced(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        print(f"-> {type(self).__name__}.{fn.__name__}{args}")
        out = fn(self, *args, **kwargs)
        print(f"<- {fn.__name__} = {out!r}")
        return out
    return wrapper


class Traced(type):
    def __new__(mcs, name, bases, ns):
        for key, val in list(ns.items()):
            if callable(val) and not key.startswith("_"):
                ns[key] = traced(val)
        ns.setdefault("__repr__", lambda self: f"<{name}>")
        return super().__new__(mcs, name, bases, ns)


class Calc(metaclass=Traced):
    def __init__(self, base):
        self.base = base

    def add(self, x):
        return self.base + x

    def twice(self, x):
        return self.add(self.add(x))

    @staticmethod
    def static(x):
        return x


c = Calc(10)
print(c.twice(1), c, Calc.add.__name__, Calc.add.__wrapped__.__name__)
print(Calc.static(3))


