import contextlib

# __context__ comes from the exception being handled in any frame at the raise
# (CPython's _PyErr_SetObject), not only from the handler that lexically encloses it.


def show(label, e):
    chain = []
    c = e.__context__
    while c is not None and len(chain) < 6:
        chain.append(repr(c))
        c = c.__context__
    print(label, repr(e), "<-", " <- ".join(chain) if chain else "None",
          "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key


def inner():
    try:
        raise KeyError("k")
    except KeyError as e:
        show("inner", e)


def inner2():
    raise TypeError("t")


def lookup(d, k):
    return d[k]


# 1. a callee raising while its caller handles
try:
    raise ValueError("outer")
except ValueError:
    inner()
    try:
        inner2()
    except TypeError as e:
        show("callee", e)
    try:
        lookup({}, "nope")
    except KeyError as e:
        show("runtime error in callee", e)


# 2. deeper: recursion while handling
def recurse(n):
    if n == 0:
        raise NotFound(n)
    return recurse(n - 1)


try:
    raise RuntimeError("r")
except RuntimeError:
    try:
        recurse(5)
    except NotFound as e:
        show("recursion", e)


# 3. nothing handled: no context, even after a handler has finished
try:
    raise ValueError("done")
except ValueError:
    pass
try:
    inner2()
except TypeError as e:
    show("after handler", e)


# 4. raise ... from None still records the context
def translate():
    try:
        {}["a"]
    except KeyError:
        raise AppError("translated") from None


try:
    translate()
except AppError as e:
    show("from None", e)


# 5. raise ... from another exception
def wrap(x):
    try:
        return int(x)
    except ValueError as err:
        raise AppError(f"bad {x!r}") from err


try:
    wrap("zz")
except AppError as e:
    show("from err", e)


# 6. re-raising a stored exception replaces its context
try:
    raise ValueError("stored")
except ValueError as e:
    saved = e
try:
    raise KeyError("k2")
except KeyError:
    try:
        raise saved
    except ValueError as e:
        show("stored re-raise", e)
        print("same object:", e is saved, repr(saved.__context__))
try:
    raise saved
except ValueError as e:
    show("stored, nothing handled", e)


# 7. a cycle is cut
try:
    raise ValueError("a")
except ValueError as a:
    try:
        raise TypeError("b")
    except TypeError as b:
        try:
            raise a
        except ValueError as a2:
            print("cycle:", a2 is a, repr(a2.__context__), repr(b.__context__))

try:
    raise AppError("ua")
except AppError as ua:
    try:
        raise NotFound("ub")
    except NotFound as ub:
        try:
            raise ua
        except AppError as ua2:
            print("user cycle:", repr(ua2.__context__), repr(ub.__context__))


# 8. raising the handled exception itself
try:
    try:
        raise ValueError("self")
    except ValueError as e:
        raise e
except ValueError as e:
    show("self re-raise", e)


# 9. bare raise in a helper re-raises the caller's exception
def reraise():
    raise


try:
    try:
        raise IndexError("bare")
    except IndexError:
        reraise()
except IndexError as e:
    show("bare raise in callee", e)
try:
    reraise()
except RuntimeError as e:
    print("no active:", e)


# 10. finally while propagating
def cleanup():
    raise OSError("cleanup failed")


try:
    try:
        raise ValueError("body")
    finally:
        try:
            cleanup()
        except OSError as e:
            show("in finally", e)
except ValueError as e:
    show("after finally", e)


# 11. with: __exit__ raising, and a body raising inside a handler
class Guard:
    def __init__(self, fail):
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if self.fail:
            raise AppError("exit failed")
        return False


try:
    with Guard(True):
        raise KeyError("in with")
except AppError as e:
    show("exit raises", e)
try:
    raise ValueError("handled")
except ValueError:
    try:
        with Guard(False):
            inner2()
    except TypeError as e:
        show("with in handler", e)


# 12. generators
def gen_raises():
    yield 1
    raise NotFound("gen")


def gen_handles():
    try:
        raise AppError("inside gen")
    except AppError:
        yield 1
        raise NotFound("after yield")


g = gen_raises()
next(g)
try:
    raise KeyError("caller")
except KeyError:
    try:
        next(g)
    except NotFound as e:
        show("gen resumed in handler", e)

g = gen_handles()
next(g)
try:
    raise KeyError("caller2")
except KeyError:
    try:
        next(g)
    except NotFound as e:
        show("gen own handler first", e)

g = gen_handles()
next(g)
try:
    g.throw(TypeError("thrown"))
except TypeError as e:
    show("throw into handler", e)


def plain():
    yield 1


try:
    raise KeyError("k3")
except KeyError:
    g = plain()
    next(g)
    try:
        g.throw(TypeError("thrown2"))
    except TypeError as e:
        show("throw into plain gen", e)


# 13. a retry loop: each failure's context is the previous one it handled
def flaky(n, calls=[]):
    calls.append(n)
    if len(calls) < 3:
        raise ConnectionError(f"try {len(calls)}")
    return "ok"


def retry():
    last = None
    for i in range(3):
        try:
            return flaky(i)
        except ConnectionError as e:
            last = e
            print("failed:", e, "context:", repr(e.__context__))
    raise last


print(retry())


# 14. methods, properties and operators raising while a caller handles
class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        if self._balance < 0:
            raise AppError("overdrawn")
        return self._balance

    def __add__(self, other):
        if not isinstance(other, int):
            raise TypeError("int only")
        return Account(self._balance + other)


acct = Account(-5)
try:
    raise LookupError("lookup")
except LookupError:
    for thunk in (lambda: acct.balance, lambda: acct + "x", lambda: 1 / 0, lambda: [][1]):
        try:
            thunk()
        except Exception as e:
            show("thunk", e)


# 15. setting the chain by hand, contextmanager, yield from, runtime errors, recursion
class Rec(Exception):
    pass


try:
    raise KeyError("k")
except KeyError as k:
    v = ValueError("v")
    try:
        v.__context__ = k
        print("set ok", repr(v.__context__))
    except AttributeError as e:
        print("attr", e)
@contextlib.contextmanager
def cm():
    try:
        yield
    except KeyError:
        raise Rec("from cm")
try:
    with cm():
        {}[1]
except Rec as e:
    print(repr(e), repr(e.__context__))
def sub():
    try:
        yield 1
        raise Rec("sub")
    except Rec:
        yield 2
        raise TypeError("sub2")
def outer():
    yield from sub()
g = outer()
print(next(g), next(g))
try:
    raise IndexError("caller")
except IndexError:
    try:
        next(g)
    except TypeError as t:
        print(repr(t), repr(t.__context__), repr(t.__context__.__context__))
try:
    raise ValueError("h")
except ValueError:
    try:
        [1 / x for x in (1, 0)]
    except ZeroDivisionError as z:
        print(repr(z.__context__))
    try:
        sorted([3, "a"])
    except TypeError as t:
        print(repr(t.__context__))
    try:
        int("x")
    except ValueError as t:
        print(repr(t.__context__))
def rec(n):
    try:
        if n == 0:
            raise Rec(0)
        rec(n - 1)
    except Rec as e:
        raise Rec(n)
try:
    rec(3)
except Rec as e:
    chain = []
    while e is not None:
        chain.append(e.args[0]); e = e.__context__
    print(chain)
