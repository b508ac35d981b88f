# A small expression evaluator using match: literals, captures, sequences, mappings, classes, guards.
from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass(frozen=True)
class Var:
    name: str


class Call:
    __match_args__ = ("fn", "args")

    def __init__(self, fn, args):
        self.fn = fn
        self.args = args


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        match ch:
            case " " | "\t":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" | ",":
                tokens.append(("op", ch))
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(src) and (src[j].isdigit() or src[j] == "."):
                    j += 1
                tokens.append(("num", float(src[i:j])))
                i = j
            case _ if ch.isalpha():
                j = i
                while j < len(src) and src[j].isalnum():
                    j += 1
                tokens.append(("name", src[i:j]))
                i = j
            case _:
                raise SyntaxError(f"bad char {ch!r}")
    return tokens


def parse(tokens):
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def atom():
        match advance():
            case ("num", v):
                return Num(v)
            case ("name", n) if peek() == ("op", "("):
                advance()
                args = []
                while peek() != ("op", ")"):
                    args.append(expr())
                    if peek() == ("op", ","):
                        advance()
                advance()
                return Call(n, args)
            case ("name", n):
                return Var(n)
            case ("op", "("):
                e = expr()
                advance()
                return e
            case ("op", "-"):
                return BinOp("-", Num(0.0), atom())
            case other:
                raise SyntaxError(f"unexpected {other}")

    def term():
        left = atom()
        while peek() in (("op", "*"), ("op", "/")):
            _, op = advance()
            left = BinOp(op, left, atom())
        return left

    def expr():
        left = term()
        while (tok := peek()) is not None and tok[1] in "+-" and tok[0] == "op":
            advance()
            left = BinOp(tok[1], left, term())
        return left

    return expr()


FUNCS = {"max": max, "min": min, "abs": abs}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"undefined {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", Num(0.0), _) | BinOp("*", _, Num(0.0)):
            return 0.0
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            d = evaluate(r, env)
            if d == 0:
                raise ZeroDivisionError("division by zero in expr")
            return evaluate(l, env) / d
        case Call(fn, [single]) if fn == "abs":
            return abs(evaluate(single, env))
        case Call(fn, [first, *rest]):
            return FUNCS[fn](evaluate(first, env), *[evaluate(a, env) for a in rest])
        case Call(fn, []):
            raise TypeError(f"{fn}() needs args")
        case _:
            raise TypeError(f"unknown node {node!r}")


env = {"x": 3.0, "y": 4.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * y - 1", "max(x, y, 10) / 2", "abs(-7)", "-x + 0 * zz",
            "min()", "q + 1", "1 / (x - 3)", "2 $ 3"]:
    try:
        print(src, "=>", evaluate(parse(tokenize(src)), env))
    except (NameError, TypeError, ZeroDivisionError, SyntaxError) as e:
        print(src, "!!", type(e).__name__, e)


def describe(obj):
    match obj:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as n:
            return f"number {n}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [x, *_, y]:
            return f"seq {x}..{y}"
        case {"type": "point", "x": px, "y": py, **extra}:
            return f"point ({px},{py}) extra={extra}"
        case {"type": kind}:
            return f"typed {kind}"
        case {}:
            return "some mapping"
        case Num(value=3.0 | 4.0 as v):
            return f"small num {v}"
        case Num():
            return "num"
        case _:
            return "other"


for o in [None, True, -4, 7, 2.5, "", "hi", [], [1], (1, 2), [1, 2, 3, 4], range(3),
          {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "line"}, {"a": 1}, Num(3.0),
          Num(9.0), {1, 2}, "abc"[0:0]]:
    print(describe(o))

command = "go north quickly"
match command.split():
    case ["go", ("north" | "south") as direction, *adverbs]:
        print("going", direction, adverbs)
    case _:
        print("?")
