# TypeError/AttributeError messages of calls and protocols on user classes.
class A:
    def __init__(self, x, y=1, *, z):
        self.x = x
    def m(self, a):
        return a
    @staticmethod
    def s(a, b):
        return a + b
    @classmethod
    def c(cls, a):
        return cls, a
    @property
    def p(self):
        return 1

def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = A(1, z=2)
attempt(lambda: A())
attempt(lambda: A(1))
attempt(lambda: A(1, 2, 3, z=1))
attempt(lambda: A(1, z=1, w=2))
attempt(lambda: a.m())
attempt(lambda: a.m(1, 2))
attempt(lambda: A.m(1))
attempt(lambda: A.s(1))
attempt(lambda: a.s(1, 2, 3))
attempt(lambda: A.c())
attempt(lambda: a.c(1, b=2))
attempt(lambda: a.p())
attempt(lambda: setattr(a, "p", 5))
attempt(lambda: delattr(a, "p"))
attempt(lambda: a.nope)
attempt(lambda: A.nope)
attempt(lambda: a())
attempt(lambda: a[0])
attempt(lambda: a + 1)
attempt(lambda: 1 - a)
attempt(lambda: -a)
attempt(lambda: len(a))
attempt(lambda: iter(a))
attempt(lambda: a < a)
attempt(lambda: hash(a) == hash(a))
attempt(lambda: int(a))
attempt(lambda: float(a))
attempt(lambda: abs(a))
attempt(lambda: a in a)
attempt(lambda: next(a))
attempt(lambda: [1][a])
attempt(lambda: {a: 1}.get(A(1, z=1), "missing"))
attempt(lambda: a.x.y)
attempt(lambda: str(a)[:9])
attempt(lambda: object.__new__(A).x)
attempt(lambda: super(A, a).m(1))
attempt(lambda: isinstance(a, "A"))
attempt(lambda: issubclass(a, A))
attempt(lambda: A.__init__(a, 5, z=0))
attempt(lambda: type(a).__name__ + type(A).__name__)
attempt(lambda: (a.x, vars(a)))
class B:
    def __eq__(self, o):
        return True
attempt(lambda: hash(B()))
attempt(lambda: B() == 1 and B() != B())
attempt(lambda: [B()].index(5))
attempt(lambda: 5 in [B()])
attempt(lambda: B().__class__.__name__)
class C:
    def __len__(self):
        return -1
attempt(lambda: len(C()))
class D:
    def __len__(self):
        return 2 ** 70
attempt(lambda: len(D()))
class E:
    def __bool__(self):
        return 1
attempt(lambda: bool(E()))
class F:
    def __repr__(self):
        return 5
attempt(lambda: repr(F()))
class G:
    def __iter__(self):
        return 5
attempt(lambda: list(G()))
class H:
    def __hash__(self):
        return "x"
attempt(lambda: hash(H()))
class I:
    def __index__(self):
        return 1.5
attempt(lambda: [1, 2][I()])
A.m(a)
