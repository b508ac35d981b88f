# An uncaught user-defined exception: the last stderr line is `ParseError: ...`, exit code 1.
class ParseError(ValueError):
    def __init__(self, token, position):
        super().__init__(f"unexpected token {token!r} at {position}")
        self.token = token
        self.position = position


def tokenize(text):
    tokens = []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if ch.isdigit() or ch in "+-*/()":
            tokens.append(ch)
        else:
            raise ParseError(ch, i)
    return tokens


print(tokenize("1 + (2 * 3)"))
try:
    tokenize("2 ^ 3")
except ValueError as e:
    print("recovered:", e, e.position)
print(tokenize("4 $ 4"))
print("unreachable")
