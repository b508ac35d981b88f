# User exception classes: hierarchies, args, str(), custom __init__ and attributes.
class AppError(Exception):
    """Base class of all errors of the app."""


class ParseError(AppError, ValueError):
    def __init__(self, message, line, column=0):
        super().__init__(message, line, column)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self):
        return f"line {self.line}:{self.column}: {self.message}"


class NotFound(AppError, KeyError):
    pass


class Timeout(AppError):
    def __init__(self, seconds):
        super().__init__(f"timed out after {seconds}s")
        self.seconds = seconds


def parse(text, line=1):
    if not text:
        raise ParseError("empty input", line)
    if not text.isdigit():
        col = next(i for i, ch in enumerate(text) if not ch.isdigit())
        raise ParseError(f"unexpected {text[col]!r}", line, col)
    return int(text)


for text in ["42", "", "4x2"]:
    try:
        print("parsed", parse(text))
    except ParseError as e:
        print("ParseError:", e, "| args:", e.args, "| line:", e.line, "| repr:", repr(e))

for exc in [ParseError("bad", 3), NotFound("user 7"), Timeout(2.5), AppError(), AppError("a", "b")]:
    try:
        raise exc
    except ValueError as e:
        print("as ValueError:", type(e).__name__, e)
    except KeyError as e:
        print("as KeyError:", type(e).__name__, e)
    except AppError as e:
        print("as AppError:", type(e).__name__, str(e), e.args, repr(e))

print(issubclass(ParseError, ValueError), issubclass(NotFound, LookupError), issubclass(Timeout, ValueError))
print([c.__name__ for c in ParseError.__mro__])
t = Timeout(9)
print(t.seconds, t.args, str(t))


# Exceptions without a custom __str__: str of one arg is the arg, of many is the tuple.
class Plain(Exception):
    pass


print(repr(str(Plain())), str(Plain("x")), str(Plain("x", 2)), str(Plain(5)), repr(Plain("q")))


# Catch a base class, re-raise with more context.
def load(key, store):
    try:
        return store[key]
    except KeyError:
        raise NotFound(key) from None


try:
    load("k", {})
except AppError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)

# Exception attributes are ordinary attributes.
err = ParseError("oops", 1, 2)
err.hint = "try again"
print(err.hint, err.message, err.column)
