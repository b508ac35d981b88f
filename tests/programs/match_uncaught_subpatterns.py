# An uncaught TypeError raised while matching: a class pattern with more positional
# sub-patterns than __match_args__ allows.
class Token:
    __match_args__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def show(tok):
    match tok:
        case Token("num", text):
            return f"number {text}"
        case Token("op", text, _):
            return f"operator {text}"
        case _:
            return "other"


print(show(Token("num", "42")))
print(show("plain string"))
print(show(Token("op", "+")))
