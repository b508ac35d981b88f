# tell() of text files: the byte offset of what was read or written (universal newlines,
# multi-byte characters, latin-1), and OSError while iteration has disabled telling.
import os
import tempfile

path = os.path.join(tempfile.gettempdir(), "molt_h13_tell_" + str(os.getpid()))
with open(path, "w", newline="") as f:
    print(f.tell())
    f.write("a\r\nbé\nc\n")
    print(f.tell())
f = open(path)
print(f.tell())
for line in f:
    try:
        print(repr(line), f.tell())
    except OSError as e:
        print("OSError:", e)
print(f.tell())
f.seek(0)
next(f)
try:
    print(f.tell())
except OSError as e:
    print("OSError:", e)
f.seek(0)
print(f.tell(), repr(f.readline()), f.tell())
print(repr(f.read(2)), f.tell(), repr(f.read(1)), f.tell())
mark = f.tell()
print(repr(f.read()), f.tell())
f.seek(mark)
print(repr(f.read()))
f.close()
g = open(path, newline="")
print(repr(g.readline()), g.tell(), repr(g.readline()), g.tell())
g.close()
h = open(path, encoding="latin-1")
print(repr(h.readline()), repr(h.readline()), h.tell())
h.close()
with open(path, "a") as f:
    print(f.tell(), f.write("ü"), f.tell())
os.remove(path)
