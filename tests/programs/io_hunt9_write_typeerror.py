import sys, io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    n = sys.stdout.write("hi")
    try:
        sys.stdout.write(7)
    except TypeError as e:
        m = str(e)
try:
    sys.stdout.write(3.5)
except TypeError as e:
    print(e)
print(n, repr(buf.getvalue()), m)
out = sys.stderr
try:
    out.write(None)
except TypeError as e:
    print(e)
print(sys.stdout.write("x\n"))
