import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("shown in str")
    print(str(w[0]).replace(__file__, "FILE"))
    warnings.warn(UserWarning("a", 2))
    print(w[1].message.args, str(w[1].message))
    warnings.warn(123)
    print(w[2].message, type(w[2].message).__name__)
def deco(fn):
    def wrapper(*a):
        warnings.warn(f"{fn.__name__} called", FutureWarning, 1)
        return fn(*a)
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4))
class Cfg:
    def __init__(self, v):
        if v is None:
            warnings.warn("v is None; using 0", stacklevel=1)
            v = 0
        self.v = v
print(Cfg(None).v, Cfg(None).v, Cfg(5).v)
warnings.filterwarnings("error", message=r"bad \d+")
try:
    warnings.warn("bad 42")
except UserWarning as e:
    print("raised", e)
warnings.warn("bad x")
warnings.filterwarnings("ignore", category=UserWarning, lineno=33)
warnings.warn("line 33 ignored")
warnings.warn("last one", SyntaxWarning)
