# fileno() of a file object, and open(fd) on it: the new file shares the descriptor's
# offset; with closefd=True (the default) closing it closes the descriptor under the
# first file object, whose later reads and close fail with EBADF.
import os
import tempfile

path = os.path.join(tempfile.gettempdir(), "molt_h13_fileno_" + str(os.getpid()))
with open(path, "w") as f:
    f.write("alpha\nbeta\ngamma\n")
    print(type(f.fileno()).__name__, f.fileno() > 2)
f = open(path)
print(f.readline(), end="")
g = open(f.fileno(), closefd=False)
print(g.fileno() == f.fileno(), repr(g.read()), g.closed)
g.close()
print(g.closed, f.closed)
print(repr(f.read()))
f.close()
for bad in (lambda: f.fileno(), lambda: open(path, closefd=False)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
b = open(path, "rb")
h = open(b.fileno(), "rb")
print(h.read(5), h.mode, h.name == b.fileno())
h.close()
try:
    b.read()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    b.close()
except OSError as e:
    print("close:", type(e).__name__, e.errno)
print(b.closed)
os.remove(path)
