import os
from pathlib import Path

base = Path("/tmp") / ("molt_mod_glob_" + str(os.getpid()))
(base / "src" / "pkg").mkdir(parents=True)
(base / "docs").mkdir()
for name in ["src/a.py", "src/b.txt", "src/pkg/c.py", "src/pkg/.hidden.py", "docs/readme.md", "top.py", "x1.log", "x2.log", "y3.log"]:
    (base / name).write_text(name + "\n")


def names(paths):
    out = []
    for p in paths:
        out.append(str(p.relative_to(base)))
    return sorted(out)


print(names(base.glob("*.py")), names(base.glob("*")), names(base.glob("x?.log")), names(base.glob("[xy][!2].log")))
print(names(base.glob("**/*.py")), names(base.rglob("*.py")), names(base.glob("src/*")), names(base.glob("**")))
print(names(base.glob("src/pkg/c.py")), names(base.glob("nope/*")), names(Path("/tmp/molt_surely_missing_dir").glob("*")))
p = base / "top.py"
print(p.stat().st_size, p.with_stem("main").name, p.relative_to(base), Path("/a/b/c").relative_to("/a"), Path("a/b").relative_to("a/b"))
f = p.open()
print(repr(f.read()))
f.close()
f = (base / "new.txt").open("w")
f.write("hi")
f.close()
print((base / "new.txt").read_text())
q = (base / "new.txt").rename(base / "renamed.txt")
print(q.name, q.exists(), (base / "new.txt").exists())
(base / "t.txt").touch()
print((base / "t.txt").exists(), (base / "t.txt").stat().st_size, Path.home() == Path(os.path.expanduser("~")))
try:
    Path("a/b").relative_to("c")
except ValueError as e:
    print(e)
try:
    list(base.glob(""))
except ValueError as e:
    print(e)
try:
    list(base.glob("a**"))
except ValueError as e:
    print(e)
for root, dirs, files in os.walk(str(base), topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    os.rmdir(root)
print(base.exists())
