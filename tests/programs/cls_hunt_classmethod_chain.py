# @classmethod over another descriptor (3.9-3.12 chain to its __get__), and zero-argument
# super() in nested functions, lambdas and generator expressions.
class A:
    _n = 5

    @classmethod
    @property
    def n(cls):
        return cls._n * 2

    def f(self):
        return "A.f"

    def g(self):
        return "A.g"


class B(A):
    _n = 7

    def f(self):
        def inner():
            return super().f()

        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)

    def g(self):
        return (lambda: super().g())()

    def h(self):
        def inner(x):
            return super().g()

        try:
            return inner(self), inner(5)
        except TypeError as e:
            return "TypeError: " + str(e)

    def k(self):
        try:
            return list(super().g() for _ in range(1))
        except TypeError as e:
            return "TypeError: " + str(e)

    def m(self):
        def nested():
            return __class__.__name__

        return nested()


print(A.n, A().n, B.n, B().n)
b = B()
try:
    print(b.f())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(b.g())
except RuntimeError as e:
    print("RuntimeError:", e)
print(b.h())
print(b.k())
print(b.m())
