# Class bodies read names with LOAD_NAME: the class namespace, then globals, then builtins.
# A class's own name read before the body binds it finds the global/builtin; comprehensions
# and methods do not see class names; an unbound class name is a NameError.
import sys

q = 1


class F:
    r = q
    q = 2
    s = q


print(F.r, F.q, F.s, q)


class G:
    len = len
    n = len("abc")
    sorted = sorted


print(G.len([1, 2]), G.n, G.sorted([3, 1, 2]))


def in_function():
    class A:
        w = q

    return A.w


print(in_function())


def shadowed_enclosing():
    q = 7

    class A:
        w = q  # the global q: a class-local name skips the enclosing function
        q = 3

    return A.w, A.q, q


print(shadowed_enclosing())


def closure_read():
    t = 5

    class B:
        u = t  # not a class name: the enclosing function's t

    return B.u


print(closure_read())


class H:
    x = 1
    try:
        y = [x for _ in range(2)]
    except NameError as e:
        err = str(e)


print(H.err)


class K:
    str = "s"
    del str
    v = str(5)


print(K.v)


class L:
    if len(sys.argv) > 5:
        maybe = 1
    try:
        got = maybe
    except NameError as e:
        got = repr(e)


print(L.got)


class M:
    for i in range(3):
        if i == 0:
            acc = 0
        acc = acc + i


print(M.acc, M.i)


class N:
    try:
        del nothing
    except NameError as e:
        msg = str(e)


print(N.msg)


class P:
    print = print

    def show(self, *a):
        print("show", *a)


P.print("via class")
P().show("x", -1)


class Q:
    x = 1

    def m(self):
        try:
            return x
        except NameError as e:
            return "NE: " + str(e)


print(Q().m())


class Counter:
    count = 0
    count += 1
    count = count * 10


print(Counter.count)


class R:
    print(missing_name)
