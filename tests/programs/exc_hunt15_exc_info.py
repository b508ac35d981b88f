# sys.exc_info(): the handled-exception stack (nested handlers, loops, returns, finally
# blocks, __exit__, contextmanager, ExitStack, generators suspended in a handler).
import sys
import traceback
from contextlib import contextmanager, ExitStack, suppress

def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v), tb is not None, type(tb).__name__)

show("start")
try:
    raise ValueError("outer")
except ValueError:
    show("in outer")
    try:
        raise KeyError("inner")
    except KeyError:
        show("in inner")
    show("back to outer")
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError:
            show("loop")
            if i == 1:
                break
    show("after loop")
show("after all")

def handler_returns():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0]

print(handler_returns(), sys.exc_info())

def fin():
    try:
        try:
            raise TypeError("t")
        finally:
            show("finally-exc")
    except TypeError:
        pass
    try:
        pass
    finally:
        show("finally-noexc")
fin()

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        show("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is None)
        show("in __exit__")
        return self.suppress and et is not None and issubclass(et, ArithmeticError)

with CM("a", True):
    1 / 0
with CM("b"):
    pass
try:
    with CM("c", True):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag
    except Exception:
        show("cm-except")
        raise
    finally:
        show("cm-finally")

try:
    with managed("x"):
        raise RuntimeError("boom")
except RuntimeError:
    show("caught cm")

with ExitStack() as st:
    st.enter_context(CM("s1", True))
    st.enter_context(CM("s2"))
    raise OverflowError("ov")
show("after stack")

with suppress(LookupError):
    {}["nope"]
show("after suppress")

def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        show("gen before yield")
        yield 1
        show("gen after yield")
        yield 2
    show("gen end")
    yield 3

g = gen()
print(next(g))
show("outside gen")
try:
    raise LookupError("caller")
except LookupError:
    print(next(g))
    show("caller after gen")
print(next(g))
show("end")

def g2():
    try:
        yield 1
    except GeneratorExit:
        show("closing")
        raise
x = g2(); next(x); x.close()
show("after close")

try:
    raise ValueError("a")
except ValueError as e:
    info = sys.exc_info()
    print(info[1] is e, info[0] is ValueError, info[2] is sys.exc_info()[2])

class MyErr(Exception):
    pass
try:
    raise MyErr("mine")
except MyErr as e:
    t, v, tb = sys.exc_info()
    print(t is MyErr, v is e, t.__name__)
    print(traceback.format_exception_only(t, v))
    print(traceback.format_exception_only(e))
    traceback.print_exc()
