# A tiny interpreter: tokenizer, recursive-descent parser building AST node classes, evaluator.
class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


class LangError(Exception):
    pass


class ParseError(LangError):
    pass


class EvalError(LangError):
    pass


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j], i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("kw" if word in ("let", "in", "if", "then", "else") else "name", word, i))
            i = j
        elif src.startswith(("==", "<="), i):
            tokens.append(Token("op", src[i:i + 2], i))
            i += 2
        elif ch in "+-*/%()=<":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(f"bad character {ch!r} at {i}")
    tokens.append(Token("eof", "", len(src)))
    return tokens


class Node:
    def eval(self, env):
        raise NotImplementedError(type(self).__name__)


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def __repr__(self):
        return str(self.value)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        while env is not None:
            if self.name in env.vars:
                return env.vars[self.name]
            env = env.parent
        raise EvalError(f"unbound variable {self.name}")

    def __repr__(self):
        return self.name


class BinOp(Node):
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "==": lambda a, b: int(a == b),
        "<": lambda a, b: int(a < b),
        "<=": lambda a, b: int(a <= b),
    }

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        a, b = self.left.eval(env), self.right.eval(env)
        try:
            return self.OPS[self.op](a, b)
        except ZeroDivisionError:
            raise EvalError(f"division by zero in {self!r}") from None

    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)

    def __repr__(self):
        return f"-{self.operand!r}"


class Let(Node):
    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body

    def eval(self, env):
        return self.body.eval(Env({self.name: self.value.eval(env)}, env))

    def __repr__(self):
        return f"let {self.name} = {self.value!r} in {self.body!r}"


class If(Node):
    def __init__(self, cond, then, other):
        self.cond, self.then, self.other = cond, then, other

    def eval(self, env):
        return self.then.eval(env) if self.cond.eval(env) else self.other.eval(env)

    def __repr__(self):
        return f"if {self.cond!r} then {self.then!r} else {self.other!r}"


class Env:
    def __init__(self, vars, parent=None):
        self.vars, self.parent = vars, parent


class Parser:
    LEVELS = [("==", "<", "<="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, text=None):
        tok = self.peek()
        if (kind and tok.kind != kind) or (text and tok.text != text):
            want = text or kind
            raise ParseError(f"expected {want!r} at {tok.pos}, got {tok.text or 'end of input'!r}")
        self.i += 1
        return tok

    def parse(self):
        node = self.expr()
        self.take("eof")
        return node

    def expr(self):
        tok = self.peek()
        if tok.text == "let":
            self.take()
            name = self.take("name").text
            self.take("op", "=")
            value = self.expr()
            self.take("kw", "in")
            return Let(name, value, self.expr())
        if tok.text == "if":
            self.take()
            cond = self.expr()
            self.take("kw", "then")
            then = self.expr()
            self.take("kw", "else")
            return If(cond, then, self.expr())
        return self.binary(0)

    def binary(self, level):
        if level == len(self.LEVELS):
            return self.unary()
        node = self.binary(level + 1)
        while self.peek().kind == "op" and self.peek().text in self.LEVELS[level]:
            op = self.take().text
            node = BinOp(op, node, self.binary(level + 1))
        return node

    def unary(self):
        tok = self.peek()
        if tok.text == "-":
            self.take()
            return Neg(self.unary())
        if tok.kind == "num":
            return Num(int(self.take().text))
        if tok.kind == "name":
            return Var(self.take().text)
        if tok.text == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {tok.text or 'end of input'!r} at {tok.pos}")


programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "-2 * -(3 - 10) % 5",
    "let x = 5 in let y = x * 2 in x + y",
    "let x = 1 in (let x = 100 in x) + x",
    "if 3 < 2 then 10 else 20",
    "let n = 7 in if n % 2 == 0 then n / 2 else 3 * n + 1",
    "2 ** 3",
    "10 / (5 - 5)",
    "let a = 1 in b",
    "(1 + 2",
    "let = 4 in 1",
    "100 / 7 + 100 % 7 <= 16",
    "99999999999 * 99999999999",
]
for src in programs:
    try:
        ast = Parser(tokenize(src)).parse()
        print(f"{src:<40} => {ast!r:<45} = {ast.eval(None)}")
    except LangError as e:
        print(f"{src:<40} !! {type(e).__name__}: {e}")
print(tokenize("let x=1 in x<=2"))
