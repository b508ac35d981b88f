# Function metadata: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __module__, __wrapped__.
import functools

def add(a: int, b: "float" = 2.0, *args, c: str = "x", **kw) -> int:
    """Adds things."""
    return a

print(add.__name__, add.__qualname__, add.__doc__)
print(add.__defaults__, add.__kwdefaults__)
print(add.__module__)

def plain(x, y):
    return x

class C:
    def m(self, x: list[int]) -> None:
        "doc of m"
    @staticmethod
    def s(): pass
print(C.s.__qualname__)

def outer():
    def inner(q=[1]):
        pass
    return inner
i = outer()
print(i.__name__, i.__qualname__, i.__defaults__)

def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper

@deco
def target(n: int) -> str:
    """target doc"""
    return str(n)
print(target.__wrapped__.__name__, target.__wrapped__(3))
print(target.__module__)
lam = lambda x, y=3: x
print(lam.__name__, lam.__qualname__, lam.__defaults__)
print(sorted.__name__, len.__name__)
