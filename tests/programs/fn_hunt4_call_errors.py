# Calls with wrong arguments: CPython's TypeError messages.
class A:
    def m(self, x, *, key=None):
        return x
    @classmethod
    def c(cls, a, b=1):
        return a
    @staticmethod
    def s(a, /, b):
        return a

def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

def h(x, y):
    return x

tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, c=3, a=1),
    lambda: h(1, 2, 3),
    lambda: h(1),
    lambda: h(y=1),
    lambda: h(1, z=2),
    lambda: h(*[1, 2, 3]),
    lambda: h(**{"x": 1, "y": 2, "w": 3}),
    lambda: A().m(),
    lambda: A().m(1, 2),
    lambda: A().m(1, kee=2),
    lambda: A.c(),
    lambda: A.s(a=1, b=2),
    lambda: A.s(1, 2, 3),
    lambda: A().m(1, key=2, x=3),
    lambda: (lambda q: q)(),
    lambda: (lambda *, k: k)(1),
    lambda: h(1, 2, x=1),
    lambda: f(1, 2, 3, 4, c=5, e=6, **{"g": 7}),
    lambda: f(*(1,), **{"c": 1, "b": 3}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)

def outer():
    def inner(a, b):
        return a
    return inner
try:
    outer()(1)
except TypeError as e:
    print(e)
def kwonly(*, a, b, c=1):
    return a
try:
    kwonly(c=2)
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
def posonly(a, b, /):
    return a
try:
    posonly(a=1, b=2)
except TypeError as e:
    print(e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many(1, 2, 3, 4, 5, 6)
except TypeError as e:
    print(e)
def opt(a, b=1, c=2):
    pass
try:
    opt(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    opt()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
try:
    sorted([1], reversed=True)
except TypeError as e:
    print(e)
many(1, 2)
