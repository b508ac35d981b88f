# tempfile directories and shutil's copy/move/rmtree; OSError's errno/strerror/filename.
import os
import shutil
import tempfile
from pathlib import Path

print(os.path.isdir(tempfile.gettempdir()), os.path.isabs(tempfile.gettempdir()))
with tempfile.TemporaryDirectory(prefix="molt_") as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("molt_"), os.listdir(d))
    src = os.path.join(d, "a.txt")
    with open(src, "w") as fh:
        fh.write("hello\n")
    dst = shutil.copy(src, os.path.join(d, "b.txt"))
    print(os.path.basename(dst), open(dst).read().strip())
    os.mkdir(os.path.join(d, "sub"))
    print(os.path.basename(shutil.copy(src, os.path.join(d, "sub"))))
    print(os.path.basename(shutil.copyfile(src, os.path.join(d, "c.txt"))), os.path.basename(shutil.copy2(src, os.path.join(d, "d.txt"))))
    tree = shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "sub2"))
    print(os.path.basename(tree), sorted(os.listdir(tree)))
    moved = shutil.move(os.path.join(d, "c.txt"), os.path.join(d, "sub"))
    print(os.path.relpath(moved, d), sorted(os.listdir(os.path.join(d, "sub"))))
    print(os.path.relpath(shutil.move(os.path.join(d, "d.txt"), os.path.join(d, "e.txt")), d))
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print("SameFileError", isinstance(e, shutil.Error), isinstance(e, OSError))
    try:
        shutil.move(os.path.join(d, "b.txt"), os.path.join(d, "sub2"))
        shutil.copy(src, os.path.join(d, "b.txt"))
        shutil.move(os.path.join(d, "b.txt"), os.path.join(d, "sub2"))
    except shutil.Error as e:
        print("shutil.Error", str(e).endswith("already exists'") or str(e).endswith("already exists"))
    shutil.rmtree(os.path.join(d, "sub2"))
    print(sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename), e.args)
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
    try:
        open(os.path.join(d, "missing.txt"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename2, repr(e))
    try:
        os.mkdir(d)
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    try:
        open(d)
    except IsADirectoryError as e:
        print("IsADirectoryError", e.errno, e.strerror)
    keep = d
print(os.path.exists(keep))
t = tempfile.TemporaryDirectory()
print(Path(t.name).is_dir(), repr(t).startswith("<TemporaryDirectory '"))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))
m = tempfile.mkdtemp(suffix=".x")
print(m.endswith(".x"), os.path.isdir(m), os.listdir(m))
shutil.rmtree(m)
print(os.path.exists(m))
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, str(e), e.args, e.errno, e.filename, repr(e))
e = OSError(13, "Denied")
print(type(e).__name__, str(e), e.strerror, e.filename)
e = OSError("plain")
print(type(e).__name__, str(e), e.errno, e.args)
e = FileNotFoundError(2, "gone", "a", None, "b")
print(str(e), e.filename2)
raise FileNotFoundError(2, "No such file or directory", "x.cfg")
