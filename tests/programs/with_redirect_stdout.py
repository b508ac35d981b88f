# Context managers from the standard library: redirect_stdout into io.StringIO,
# capturing output of functions, and nesting with user managers.
import io
from contextlib import redirect_stdout, contextmanager


def noisy_sum(values):
    for v in values:
        print(f"adding {v}")
    print("done")
    return sum(values)


buf = io.StringIO()
with redirect_stdout(buf):
    result = noisy_sum([1, 2, 3])
    print("also captured")
captured = buf.getvalue()
print("result:", result)
print("captured lines:", captured.splitlines())
print("characters captured:", len(captured))


@contextmanager
def indented(prefix):
    inner = io.StringIO()
    with redirect_stdout(inner):
        yield inner
    for line in inner.getvalue().splitlines():
        print(prefix + line)


with indented("  > "):
    print("first")
    with indented("| "):
        print("nested one")
        print("nested two")
    print("last")

# Output written before an exception is still captured; the exception propagates.
buf2 = io.StringIO()
try:
    with redirect_stdout(buf2):
        print("partial output")
        raise ValueError("stopped midway")
except ValueError as e:
    print("ValueError:", e, "| captured:", repr(buf2.getvalue()))

# StringIO as a writable file object and as an iterable of lines.
report = io.StringIO()
for name, score in [("ann", 9), ("bob", 7)]:
    report.write(f"{name},{score}\n")
print(report.tell(), repr(report.getvalue()))
report.seek(0)
print([line.rstrip("\n").split(",") for line in report])
print(file=report, end="")
print("x", "y", sep="-", file=report)
print(repr(report.getvalue()[-4:]))
