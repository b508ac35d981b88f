import math
from abc import ABC, abstractmethod


class Expr(ABC):
    @abstractmethod
    def eval(self, env): ...

    @abstractmethod
    def __str__(self): ...

    def __add__(self, other):
        return BinOp("+", self, wrap(other))

    def __radd__(self, other):
        return BinOp("+", wrap(other), self)

    def __mul__(self, other):
        return BinOp("*", self, wrap(other))

    def __rmul__(self, other):
        return BinOp("*", wrap(other), self)

    def __sub__(self, other):
        return BinOp("-", self, wrap(other))

    def __rsub__(self, other):
        return BinOp("-", wrap(other), self)

    def __truediv__(self, other):
        return BinOp("/", self, wrap(other))

    def __pow__(self, other):
        return BinOp("**", self, wrap(other))

    def __neg__(self):
        return Neg(self)

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"


def wrap(x):
    if isinstance(x, Expr):
        return x
    if isinstance(x, (int, float)):
        return Const(x)
    raise TypeError(f"cannot wrap {type(x).__name__}")


class Const(Expr):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def __str__(self):
        return str(self.value)

    def __eq__(self, other):
        return isinstance(other, Const) and self.value == other.value

    def __hash__(self):
        return hash(("Const", self.value))


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise NameError(f"unbound variable {self.name!r}") from None

    def __str__(self):
        return self.name


class BinOp(Expr):
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "**": lambda a, b: a ** b,
    }
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "**": 3}

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        return self.OPS[self.op](self.left.eval(env), self.right.eval(env))

    def __str__(self):
        return f"({self.left} {self.op} {self.right})"


class Neg(Expr):
    def __init__(self, inner):
        self.inner = inner

    def eval(self, env):
        return -self.inner.eval(env)

    def __str__(self):
        return f"-{self.inner}"


class Call(Expr):
    FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "abs": abs}

    def __init__(self, fname, *args):
        self.fname = fname
        self.args = args

    def eval(self, env):
        f = self.FUNCS[self.fname]
        return f(*[a.eval(env) for a in self.args])

    def __str__(self):
        return f"{self.fname}({', '.join(str(a) for a in self.args)})"


def simplify(e):
    if isinstance(e, BinOp):
        l = simplify(e.left)
        r = simplify(e.right)
        if isinstance(l, Const) and isinstance(r, Const):
            return Const(BinOp(e.op, l, r).eval({}))
        if e.op == "*" and (l == Const(0) or r == Const(0)):
            return Const(0)
        if e.op == "*" and l == Const(1):
            return r
        if e.op == "+" and r == Const(0):
            return l
        return BinOp(e.op, l, r)
    if isinstance(e, Neg):
        inner = simplify(e.inner)
        if isinstance(inner, Const):
            return Const(-inner.value)
        return Neg(inner)
    return e


x = Var("x")
y = Var("y")
exprs = [
    x + 1,
    2 * x + y,
    (x - y) * (x + y),
    x ** 2 + 3 * x - 4,
    -x / 2,
    1 - x,
    Call("sqrt", x * x + y * y),
    0 * x + 1 * y + (2 + 3),
]
env = {"x": 3, "y": 4}
for e in exprs:
    print(str(e), "=", e.eval(env))
    print("  simplified:", simplify(e), repr(simplify(e)))

print(Const(2) == Const(2), Const(2) == Const(3), len({Const(1), Const(1), Const(2)}))
try:
    (x + Var("z")).eval(env)
except NameError as err:
    print("NameError:", err)
try:
    x + "s"
except TypeError as err:
    print("TypeError:", err)
try:
    Expr()
except TypeError as err:
    print(err)
print(isinstance(x, Expr), issubclass(BinOp, Expr), type(x + 1).__name__)
print((x / 0.5).eval({"x": 1.5}))
print(Call("abs", -x).eval({"x": 7}))
print(BinOp.PREC["**"], sorted(BinOp.OPS))
(x / 0).eval({"x": 1})
