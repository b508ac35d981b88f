# __enter__/__exit__ on user classes: return values, exception info, suppression, nesting.
class Tracer:
    depth = 0

    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
        self.log = []

    def __enter__(self):
        print("  " * Tracer.depth + f"enter {self.name}")
        Tracer.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tracer.depth -= 1
        if exc_type is None:
            print("  " * Tracer.depth + f"exit {self.name} cleanly")
            return False
        handled = issubclass(exc_type, self.suppress)
        print("  " * Tracer.depth + f"exit {self.name} with {exc_type.__name__}({exc}) handled={handled}")
        return handled


with Tracer("outer") as t:
    t.log.append("inside")
    with Tracer("inner"):
        print("    body")
print(t.log)

with Tracer("guard", suppress=(KeyError,)):
    {}["missing"]
    print("not reached")
print("after suppressed KeyError")

try:
    with Tracer("a", suppress=(KeyError,)):
        with Tracer("b", suppress=(ZeroDivisionError,)):
            raise ValueError("deep")
except ValueError as e:
    print("caught outside:", e)

with Tracer("x", suppress=(LookupError,)), Tracer("y"):
    [][0]
print("depth back to", Tracer.depth)


# __enter__ may return something other than self.
class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.snapshot

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.clear()
            self.store.update(self.snapshot)
        return False


data = {"a": 1}
with Transaction(data) as working:
    working["b"] = 2
    working["a"] += 10
print(data)
try:
    with Transaction(data) as working:
        working["c"] = 3
        raise RuntimeError("abort")
except RuntimeError as e:
    print("rolled back:", data, e)


# Exception raised in __exit__ replaces the original one.
class Angry:
    def __enter__(self):
        return None

    def __exit__(self, *exc_info):
        raise OSError("exit failed")


try:
    with Angry() as nothing:
        print("nothing is", nothing)
        raise KeyError("original")
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__))


# Return inside a with block still runs __exit__.
def find(items, target):
    with Tracer("search"):
        for i, it in enumerate(items):
            if it == target:
                return i
    return -1


print(find([5, 6, 7], 6), find([], 1))


# An object without __enter__ cannot be used in a with statement.
class NotACM:
    pass


try:
    with NotACM():
        pass
except TypeError as e:
    print("TypeError:", e)
