# CPython's argument-binding TypeErrors (Python/ceval.c too_many_positional & co.), both
# bound at compile time (direct calls) and at run time (lambdas, methods, * and ** calls).
def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

def f0(): pass
def f1(a): pass
def f2(a, b=1, *, k, j=2): pass
def f3(a, /, b): pass
def f4(*, k): pass
def f5(a, b, c): pass
def f6(**kw): return kw
def f7(*a): return a
attempt(lambda: f0(1))
attempt(lambda: f0(x=1))
attempt(lambda: f1())
attempt(lambda: f1(1, 2))
attempt(lambda: f1(1, a=2))
attempt(lambda: f1(b=2))
attempt(lambda: f2(1, 2, 3))
attempt(lambda: f2(1, 2, 3, k=1))
attempt(lambda: f2(1, 2, 3, k=1, j=2))
attempt(lambda: f2())
attempt(lambda: f2(1))
attempt(lambda: f3(a=1, b=2))
attempt(lambda: f3(1, 2, a=3))
attempt(lambda: f4(1))
attempt(lambda: f4(1, k=2))
attempt(lambda: f4())
attempt(lambda: f5())
attempt(lambda: f5(1))
attempt(lambda: f5(c=1))
attempt(lambda: f6(1))
attempt(lambda: f6(**{"a": 1}, **{"a": 2}))
attempt(lambda: f7(*5))
attempt(lambda: f6(**[1]))
attempt(lambda: f1(*[1], **{"a": 2}))
attempt(lambda: (lambda x, y: 0)(1))
attempt(lambda: (lambda: 0)(1, 2))
g = lambda *, q: q
attempt(lambda: g())
def outer():
    def inner(x): pass
    return inner
attempt(lambda: outer()())
class K:
    def meth(self, a, *, b): pass
    def __call__(self, x): pass
attempt(lambda: K().meth())
attempt(lambda: K().meth(1, 2))
attempt(lambda: K()())
attempt(lambda: K(1))
attempt(lambda: f7(*[1, 2], *(3,), *"ab"))
attempt(lambda: f6(a=1, **{"b": 2}))
attempt(lambda: f2(1, k=1, **{"b": 5}))
attempt(lambda: f2(1, 2, k=1, **{"b": 5}))
f5(1, 2, 3, 4)
