# traceback.format_exception_only: the final "Type: message" lines, module-qualified
# names, empty messages, notes split into lines, None and the error for a non-exception.
import json
import traceback


class AppError(Exception):
    pass


class Quiet(AppError):
    def __str__(self):
        return ""


def fmt(*args):
    return traceback.format_exception_only(*args)


print(fmt(ValueError("bad value")))
print(fmt(KeyError("k")))
print(fmt(KeyError()))
print(fmt(Exception("a\nb")))
print(fmt(AppError("app", 1)))
print(fmt(Quiet("hidden")))
print(fmt(None))
print(fmt(ValueError, None))
print(fmt(TypeError, ValueError("value wins")))
print(fmt(SyntaxError("oops")), fmt(SyntaxError()))
e = AppError("with notes")
e.add_note("first note")
e.add_note("two\nlines")
print(fmt(e))
try:
    json.loads("[1, 2")
except json.JSONDecodeError as err:
    print(fmt(err))
try:
    [].missing
except AttributeError as err:
    print(fmt(type(err), err))
try:
    undefined_name  # noqa: F821
except NameError as err:
    print(fmt(err))
try:
    fmt("not an exception")
except AttributeError as err:
    print("AttributeError:", err)
lines = [line for exc in (OSError(2, "No such file"), ZeroDivisionError()) for line in fmt(exc)]
print("".join(lines), end="")
