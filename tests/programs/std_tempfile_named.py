# tempfile.NamedTemporaryFile (delete, mode, suffix/prefix/dir, with, read/seek) and open() in + modes.
import os
import tempfile

with tempfile.NamedTemporaryFile() as f:
    print(type(f).__name__, f.delete, os.path.exists(f.name), os.path.basename(f.name).startswith("tmp"))
    print(f.write(b"hello world\n"), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(6)
    print(f.read(5), f.tell())
    name = f.name
    print(f.mode, f.closed)
print(os.path.exists(name), f.closed)

f = tempfile.NamedTemporaryFile(mode="w+", suffix=".txt", prefix="rep_", delete=False)
print(f.name.endswith(".txt"), os.path.basename(f.name).startswith("rep_"), f.mode)
f.write("line 1\nline 2\n")
f.writelines(["line 3\n"])
f.flush()
f.seek(0)
for line in f:
    print(repr(line))
f.seek(0)
print(f.readlines())
f.close()
print(os.path.exists(f.name), f.closed)
with open(f.name) as g:
    print(repr(g.read()))
os.unlink(f.name)

d = tempfile.mkdtemp()
with tempfile.NamedTemporaryFile("w", dir=d, suffix=".csv", delete=True) as f:
    f.write("a,b\n")
    print(os.path.dirname(f.name) == d, os.listdir(d) == [os.path.basename(f.name)])
print(os.listdir(d))
os.rmdir(d)

f = tempfile.NamedTemporaryFile("w+", encoding="utf-8")
f.write("héllo\n")
f.seek(0)
print(f.readline(), end="")
f.close()
f.close()
print(os.path.exists(f.name))
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)

# + modes of open()
p = os.path.join(tempfile.gettempdir(), "molt_std3_plus.txt")
with open(p, "w+") as g:
    g.write("hello\nworld\n")
    g.seek(0)
    print(repr(g.read(3)))
    g.write("Z")
    g.seek(0)
    print(repr(g.read()))
with open(p, "r+b") as g:
    print(g.mode, g.read(3))
    g.write(b"Z")
    g.seek(0)
    print(g.read())
with open(p, "a+") as g:
    print(g.mode, repr(g.read()))
    g.write("end")
    g.seek(0)
    print(repr(g.read()))
with open(p, "w+b") as g:
    print(g.mode, type(g).__name__)
    g.write(b"abc")
    g.seek(1)
    print(g.read(), g.tell())
os.remove(p)
