# Tokenizer and recursive-descent calculator for arithmetic expressions.
# Grammar:
#   expr   := term (('+' | '-') term)*
#   term   := factor (('*' | '/' | '//' | '%') factor)*
#   factor := ('-' | '+') factor | power
#   power  := atom ('**' factor)?
#   atom   := NUMBER | '(' expr ')'

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            lexeme = text[start:i]
            if lexeme.count(".") > 1:
                raise SyntaxError("bad number " + repr(lexeme))
            tokens.append(("num", float(lexeme) if "." in lexeme else int(lexeme)))
        elif text.startswith("**", i) or text.startswith("//", i):
            tokens.append(("op", text[i:i + 2]))
            i += 2
        elif ch in "+-*/%()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at position {i}")
    tokens.append(("end", None))
    return tokens


def peek(state):
    return state[0][state[1]]


def advance(state):
    tok = state[0][state[1]]
    state[1] += 1
    return tok


def expect(state, value):
    tok = advance(state)
    if tok[1] != value:
        raise SyntaxError(f"expected {value!r}, got {tok[1]!r}")


def parse_expr(state):
    value = parse_term(state)
    while peek(state)[1] in ("+", "-"):
        op = advance(state)[1]
        rhs = parse_term(state)
        value = value + rhs if op == "+" else value - rhs
    return value


def parse_term(state):
    value = parse_factor(state)
    while peek(state)[1] in ("*", "/", "//", "%"):
        op = advance(state)[1]
        rhs = parse_factor(state)
        if op == "*":
            value = value * rhs
        elif op == "/":
            value = value / rhs
        elif op == "//":
            value = value // rhs
        else:
            value = value % rhs
    return value


def parse_factor(state):
    tok = peek(state)
    if tok[1] == "-":
        advance(state)
        return -parse_factor(state)
    if tok[1] == "+":
        advance(state)
        return parse_factor(state)
    return parse_power(state)


def parse_power(state):
    base = parse_atom(state)
    if peek(state)[1] == "**":
        advance(state)
        return base ** parse_factor(state)
    return base


def parse_atom(state):
    tok = advance(state)
    if tok[0] == "num":
        return tok[1]
    if tok[1] == "(":
        value = parse_expr(state)
        expect(state, ")")
        return value
    raise SyntaxError(f"unexpected token {tok[1]!r}")


def evaluate(text):
    state = [tokenize(text), 0]
    value = parse_expr(state)
    if peek(state)[0] != "end":
        raise SyntaxError(f"trailing input at token {peek(state)[1]!r}")
    return value


EXPRESSIONS = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "(-2) ** 2", "7 // 2", "-7 // 2", "-7 % 3",
    "10 / 4", "0.1 + 0.2", "2 ** 100", "2 ** -1", "((((42))))", "1 - - 1", "3 * (4 + 5) - 6 / 2",
    "1 / 0", "5 % 0", "2 ** 0.5", "1e3", "(1 + 2", "1 + 2)", "3 $ 4", "", "1..2", "99999999999 * 99999999999",
]
for expr in EXPRESSIONS:
    try:
        print(f"{expr!r:32} = {evaluate(expr)!r}")
    except ZeroDivisionError as e:
        print(f"{expr!r:32} ! ZeroDivisionError: {e}")
    except SyntaxError as e:
        print(f"{expr!r:32} ! SyntaxError: {e}")
