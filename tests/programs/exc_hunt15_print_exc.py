# traceback.print_exc / print_exception write to stderr; the last line is the final
# exception's (a note's when it has notes). Chains: "from" and implicit context.
import sys
import traceback


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise LookupError(f"no number in {text!r}") from e


results = []
for text in ["12", "x", "7"]:
    try:
        results.append(parse(text))
    except LookupError:
        traceback.print_exc()
        results.append(None)
print(results)

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    traceback.print_exception(e)
    traceback.print_exception(type(e), e, sys.exc_info()[2], chain=False)
    traceback.print_exception(*sys.exc_info())
    print("context:", repr(e.__context__))

traceback.print_exc()
traceback.print_exception(None)
try:
    traceback.print_exception(ValueError, ValueError("v"))
except ValueError as e:
    print("ValueError:", e)


class Report(Exception):
    pass


try:
    raise Report("done")
except Report as e:
    e.add_note("see the log")
    traceback.print_exc(limit=1, file=sys.stderr)
print("finished")
