import os
import os.path
from os.path import join, splitext
from pathlib import Path

base = os.path.join("/tmp", "molt_mod_files_" + str(os.getpid()))
os.makedirs(base, exist_ok=True)
os.makedirs(base, exist_ok=True)
print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base))

p = join(base, "a.txt")
f = open(p, "w")
print(f.write("line one\n"), f.write("line two\r\nline three\rfour"), f.closed, f.mode, f.name == p)
f.writelines(["\nfive\n", "six"])
f.close()
print(f.closed, os.path.getsize(p), os.path.isfile(p))

f = open(p)
print(repr(f.read()))
f.close()
f = open(p, newline="")
print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.read()))
f.close()
f = open(p, "r")
print(f.readlines())
f.close()
f = open(p)
for line in f:
    print(repr(line))
f.close()
f = open(p, encoding="utf-8")
print(repr(f.readline(4)), repr(f.readline()), repr(f.read(0)))
f.close()

b = open(p, "rb")
data = b.read()
print(data, len(data), b.mode)
b.close()
b = open(join(base, "bin.dat"), "wb")
print(b.write("\x00\x01\xffabc".encode("latin-1")))
b.close()
b = open(join(base, "bin.dat"), "rb")
print(b.read(2), b.tell(), b.read(), b.tell(), b.seek(1), b.readline())
b.close()

w = open(join(base, "u.txt"), "w", encoding="utf-8")
w.write("h\u00e9llo \u20ac\n")
w.close()
a = open(join(base, "u.txt"), "a")
a.write("more\n")
a.close()
r = open(join(base, "u.txt"))
print(r.read())
r.close()

# unclosed file: buffered until flush
w = open(join(base, "buf.txt"), "w")
w.write("pending")
r = open(join(base, "buf.txt"))
print(repr(r.read()))
r.close()
w.flush()
r = open(join(base, "buf.txt"))
print(repr(r.read()))
r.close()
w.close()

try:
    open(join(base, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(base, "BASE"))
try:
    open(base)
except IsADirectoryError as e:
    print(str(e).replace(base, "BASE"))
try:
    open(p, "z")
except ValueError as e:
    print(e)
try:
    open(p, "rw")
except ValueError as e:
    print(e)
try:
    open(join(base, "a.txt"), "x")
except FileExistsError as e:
    print(str(e).replace(base, "BASE"))
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
f = open(p, "w")
try:
    f.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    f.write(5)
except TypeError as e:
    print(e)
f.close()

print(sorted(os.listdir(base)))
print(os.path.basename(p), os.path.dirname(p) == base, splitext("x/y.tar.gz"), splitext(".bashrc"), os.path.split("a/b/c"))
print(os.path.normpath("a//b/./c/../d"), os.path.isabs("/x"), os.path.abspath("/a/b/../c"), os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"))
print(os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"), os.sep, repr(os.linesep), os.name, os.curdir, os.pardir)
print(os.getenv("MOLT_SURELY_UNSET_VAR"), os.getenv("MOLT_SURELY_UNSET_VAR", "dflt"), os.getenv("PATH") == os.environ["PATH"], "PATH" in os.environ)
os.environ["MOLT_X"] = "1"
print(os.environ.get("MOLT_X"), os.getenv("MOLT_X"))
try:
    os.environ["MOLT_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError", e)

q = Path(base) / "sub"
q.mkdir()
q.mkdir(exist_ok=True)
t = q / "notes.md"
print(t.write_text("hello\npath\n"), t.read_text(), t.exists(), t.is_file(), q.is_dir())
print(t.name, t.stem, t.suffix, t.parent == q, Path("a/b.tar.gz").suffixes, Path("a/b.tar.gz").stem)
print(Path("a/b/../c/./d/"), repr(Path("x", "y")), Path(""), Path("/a") / "/b", "pre" / Path("post"), Path("a/b").parts, Path("/a/b").parts)
print(Path("a/b.txt").with_suffix(".md"), Path("a/b.txt").with_name("c.py"), Path("a").joinpath("b", "c"), Path("a/b").parent.parent, Path("/").parent, Path("/").name == "")
print(Path("a") == Path("a/"), Path("a") < Path("b"), hash(Path("a/b")) == hash(Path("a//b")), str(Path("a")) == "a")
names = []
for x in Path(base).iterdir():
    names.append(x.name)
print(sorted(names))
print(t.read_bytes())
(q / "data.bin").write_bytes("xyz".encode())
print((q / "data.bin").read_bytes(), os.path.exists(str(q / "data.bin")))
try:
    Path(base, "nope.txt").read_text()
except FileNotFoundError as e:
    print(str(e).replace(base, "BASE"))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(str(e).replace(base, "BASE"))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, str(e).replace(base, "BASE"))
try:
    os.remove(join(base, "zzz"))
except FileNotFoundError as e:
    print(str(e).replace(base, "BASE"))
try:
    os.rename(join(base, "zzz"), join(base, "yyy"))
except FileNotFoundError as e:
    print(str(e).replace(base, "BASE"))
os.rename(join(base, "bin.dat"), join(base, "bin2.dat"))
for name in sorted(os.listdir(base)):
    full = join(base, name)
    if os.path.isdir(full):
        for inner in os.listdir(full):
            os.remove(join(full, inner))
        os.rmdir(full)
    else:
        os.unlink(full)
os.rmdir(base)
print(os.path.exists(base))
