"""Exception classes defined outside __main__: their tracebacks name the module."""


class ParseError(ValueError):
    def __init__(self, text, pos):
        super().__init__(f"cannot parse {text!r} at position {pos}")
        self.pos = pos


def parse_int(text):
    for i, ch in enumerate(text):
        if not (ch.isdigit() or (i == 0 and ch == "-")):
            raise ParseError(text, i)
    return int(text)
