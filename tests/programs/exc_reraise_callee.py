# A bare `raise` outside any except clause of its function re-raises the exception a
# caller is handling (CPython 3.11 looks at the topmost handled exception of any frame).


class Retry(Exception):
    pass


def log_and_reraise(tag):
    print("logging", tag)
    raise


def classify(exc):
    # Called from a handler: re-raise to dispatch on the type with except clauses.
    try:
        raise
    except KeyError as e:
        return f"key {e}"
    except (ValueError, TypeError) as e:
        return f"value/type {e}"
    except Exception as e:
        return f"other {type(e).__name__}: {e}"


for thunk in (lambda: {}["a"], lambda: int("x"), lambda: 1 / 0, lambda: [][0]):
    try:
        thunk()
    except Exception as e:
        print(classify(e))

try:
    try:
        raise Retry("once")
    except Retry:
        log_and_reraise("retry")
except Retry as e:
    print("caught again:", repr(e))

# Nothing handled anywhere: RuntimeError.
try:
    log_and_reraise("none")
except RuntimeError as e:
    print("RuntimeError:", e)

# A handler that finished is no longer handled.
try:
    raise ValueError("done")
except ValueError:
    pass
try:
    log_and_reraise("after")
except RuntimeError as e:
    print("RuntimeError:", e)


# In a generator: its own handler, then its caller's.
def gen():
    yield 1
    raise


g = gen()
next(g)
try:
    raise IndexError("caller's")
except IndexError:
    try:
        next(g)
    except IndexError as e:
        print("generator re-raised:", repr(e))

# Chaining attributes set by hand on builtin exceptions.
e = ValueError("v")
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = TypeError("t")
print(repr(e.__context__), e.__suppress_context__)
e.__cause__ = None
print(repr(e.__cause__), e.__suppress_context__)
for bad in (5, "s"):
    try:
        e.__context__ = bad
    except TypeError as err:
        print(err)
try:
    e.__suppress_context__ = 1
except TypeError as err:
    print(err)
try:
    raise e
except ValueError as err:
    print(repr(err.__context__), err is e)

# Uncaught: the last traceback line is the re-raised exception.
try:
    raise Retry("final")
except Retry:
    log_and_reraise("final")
