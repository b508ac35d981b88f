# os.chdir (str, Path, descriptors and their errors), os.cpu_count, os.path.commonprefix:
# relative paths of open/os/pathlib follow the working directory. Were refused.
import os
import os.path
from pathlib import Path
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    print(os.getcwd() == os.path.realpath(tmp), os.listdir("."))
    with open("f.txt", "w") as fh:
        fh.write("hi\n")
    os.mkdir("sub")
    os.chdir("sub")
    print(Path("../f.txt").read_text().strip(), os.path.exists("../f.txt"), Path.cwd().name, os.path.abspath("x").endswith("/sub/x"))
    os.chdir(Path(".."))
    print(sorted(os.listdir()), open("f.txt").read().strip())
    for bad in ("nope", "f.txt", 1.5, -1, 99, 2**40, -2**40):
        try:
            os.chdir(bad)
        except (OSError, TypeError, OverflowError) as e:
            print(type(e).__name__, e, getattr(e, "errno", None))
    try:
        os.chdir(1)
    except NotADirectoryError as e:
        print("fd", e.filename, e.errno)
    os.chdir(start)
print(os.getcwd() == start)
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print(os.path.commonprefix(["/usr/lib/x", "/usr/local/lib", "/usr/lib"]), repr(os.path.commonprefix([])))
print(os.path.commonprefix([[1, 2, 3], [1, 2], [1, 2, 5]]), os.path.commonprefix(("ab",)), os.path.commonprefix([(1, 2), (1, 3)]))
print(os.path.commonprefix([Path("/a/bc"), "/a/bd"]), os.path.commonprefix(["ünï", "ünö"]))
for bad in ({"a"}, [1, 2], "abc"):
    try:
        print(repr(os.path.commonprefix(bad)))
    except TypeError as e:
        print("TypeError", e)
