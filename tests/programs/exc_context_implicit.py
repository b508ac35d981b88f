try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v")
except ValueError as e:
    print(type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(type(e.__context__).__name__)
def f():
    int("y")
try:
    try:
        [][1]
    except IndexError:
        f()
except ValueError as e:
    print(type(e.__context__).__name__)
def ctx2(e):
    c = e.__context__
    return type(c).__name__ if c is not None else None
try:
    try:
        1 / 0
    finally:
        int("x")
except ValueError as e:
    print("finally:", ctx2(e))
def gen():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        yield 2
g = gen()
print(next(g))
try:
    int("z")
except ValueError as e:
    print("after gen yield:", ctx2(e))
print(next(g))
try:
    try:
        raise TypeError("t")
    except TypeError as t:
        try:
            [].pop()
        except IndexError as ie:
            print("nested:", ctx2(ie))
        raise
except TypeError as e:
    print("reraised:", ctx2(e))
class E(Exception):
    pass
try:
    try:
        {}["a"]
    except KeyError:
        raise E("x") from None
except E as e:
    print(ctx2(e), e.__suppress_context__, e.__cause__)
e = None
try:
    raise ValueError("bound")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def f():
    try:
        raise KeyError(1)
    except KeyError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return str(u)
print(f())
def g():
    global e
    try:
        raise KeyError(2)
    except KeyError as e:
        print("in", repr(e))
g()
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
# A handler that catches and inspects inside a loop; the name is unbound after each.
for i in range(3):
    try:
        [1, 2][i + 1]
    except IndexError as exc:
        try:
            {}[i]
        except KeyError as k:
            print(i, repr(k), type(k.__context__).__name__)
try:
    print(exc)
except NameError as ne:
    print(ne)
def check():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise
        finally:
            print("finally during re-raise")
try:
    check()
except ValueError as v:
    print("check:", v, v.__context__)
try:
    try:
        raise OSError(2, "missing")
    except OSError as o:
        raise RuntimeError("while handling") 
except RuntimeError as r:
    print(r, "<-", repr(r.__context__), r.__cause__)
