# __exit__'s third argument is a traceback object (not None) when an exception
# propagates through the with statement; the program never reads sys.exc_info().


class Guard:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
        self.log = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append((exc_type is None, exc is None, tb is None))
        if tb is not None:
            print(f"{self.name}: unwinding {exc_type.__name__}({exc}) with a traceback")
        else:
            print(f"{self.name}: clean exit")
        return exc_type is not None and issubclass(exc_type, self.swallow)


class Recorder:
    def __exit__(self, *args):
        print("recorder got", len(args), "args; tb present:", args[2] is not None)
        kept.append(args[2])
        return True

    def __enter__(self):
        return self


kept = []
g = Guard("plain")
with g:
    pass
print(g.log)

g = Guard("swallow", (ArithmeticError,))
with g:
    print(10 // 0)
print(g.log)

try:
    with Guard("outer", (KeyError,)) as o:
        with Guard("inner", (LookupError,)) as i:
            raise IndexError("deep")
        raise KeyError("next")
except KeyError as e:
    print("escaped", repr(e))
print(i.log, o.log)

for n in range(3):
    with Recorder():
        if n % 2:
            raise ValueError(n)
        print("body", n)
print([t is None for t in kept], len(kept))
t = kept[0]
print(type(t).__name__, bool(t), t is kept[0], t is not None)


def risky(k):
    with Guard(f"call{k}", (ZeroDivisionError,)):
        return 100 // k


print([risky(k) for k in (5, 0, 4)])

try:
    with Guard("last"):
        raise RuntimeError("not swallowed")
finally:
    print("finally runs")
