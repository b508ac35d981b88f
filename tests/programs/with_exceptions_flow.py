# Exceptions propagating through with blocks; __exit__ suppression; return/break/continue
# inside with blocks; the order of __exit__ calls.
class Resource:
    opened = []

    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        outcome = "ok" if et is None else f"{et.__name__}: {ev}"
        print(f"close {self.name} ({outcome})")
        return self.swallow


def use(n):
    with Resource(f"r{n}"):
        if n == 2:
            raise ValueError(f"resource {n} failed")
        return n * 10


for n in range(1, 4):
    try:
        print("result", use(n))
    except ValueError as e:
        print("caught:", e)

# break and continue inside with
for i in range(5):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
print("open now:", Resource.opened)

# Suppression by the inner manager stops propagation to the outer one.
with Resource("outer"):
    with Resource("inner", swallow=True):
        raise KeyError("lost")
    print("after inner (exception swallowed)")

# A multi-item with statement closes in reverse order, even when the second __enter__ fails.
class FailingEnter:
    def __enter__(self):
        raise OSError("cannot open")

    def __exit__(self, *args):
        print("never called")


try:
    with Resource("first"), FailingEnter():
        print("not reached")
except OSError as e:
    print("OSError:", e, "open now:", Resource.opened)


# The return value of a function inside with, with finally too.
def layered():
    try:
        with Resource("L"):
            return "from with"
    finally:
        print("finally after with")


print(layered())


# An exception in __exit__ while handling another one: the new one wins, old is __context__.
class ExplodingExit:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit saw {et.__name__}")


try:
    with ExplodingExit():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

# Swallowing returns a truthy non-bool value.
class Truthy:
    def __enter__(self):
        return "entered"

    def __exit__(self, *a):
        return "yes"


with Truthy() as t:
    print(t)
    raise IndexError
print("Truthy suppressed IndexError")

with Resource("last"):
    raise LookupError("uncaught in with")
