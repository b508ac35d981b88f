# Hunt: pathlib file tree (found: Path.parents, Path.match and Path.resolve were missing).
from pathlib import Path
import tempfile
import os

p = Path("/usr/local/lib/python3.11/site-packages/pkg/mod.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts[:3], p.anchor, p.is_absolute())
print(p.with_suffix(".zip"), p.with_name("x.py"), p.relative_to("/usr/local"), Path("a") / "b" / "c.txt")
print(Path("a/b/../c").parts, str(Path("a//b/./c")), Path("x.py").with_stem("y") if hasattr(Path, "with_stem") else None)
print(list(p.parents)[:3], p.match("*.gz"), Path("/a/b").joinpath("c", "d"), Path("").name == "")
with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    (base / "src").mkdir()
    (base / "src" / "main.py").write_text("print('hi')\n")
    (base / "src" / "util.py").write_text("X = 1\n")
    (base / "README").write_text("readme")
    (base / "data.bin").write_bytes(bytes([1, 2, 3]))
    print(sorted(q.name for q in base.iterdir()), sorted(q.name for q in base.glob("src/*.py")))
    print((base / "data.bin").read_bytes(), (base / "README").stat().st_size, (base / "src").is_dir(), (base / "nope").exists())
    for q in sorted(base.rglob("*.py")):
        print(q.relative_to(base), q.read_text().strip())
    (base / "README").rename(base / "README.md")
    print(sorted(os.listdir(base)))
    (base / "README.md").unlink()
    print((base / "README.md").exists(), Path(d).resolve() == base.resolve())
    try:
        (base / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    with (base / "log.txt").open("w") as f:
        f.write("a\nb\n")
    with (base / "log.txt").open() as f:
        print([l.rstrip() for l in f])
print(Path("a") == Path("a"), Path("a") < Path("b"), sorted([Path("b"), Path("a")]), repr(Path("x/y")), str(Path("~").expanduser()) != "~")
ps = Path("/a/b/c").parents
print(repr(ps), len(ps), ps[-1], ps[0:2], ps[::-1], list(Path("a/b").parents), list(Path("x").parents))
try:
    ps[5]
except IndexError as e:
    print(repr(e))
for p, pat in [("/a/b/c.py", "*.py"), ("/a/b/c.py", "b/*.py"), ("/a/b/c.py", "/b/*.py"), ("/a/b/c.py", "/a/b/*.py"), ("a/b.py", "/*.py"), ("a/b.py", "a/*/b.py"), ("/", "/"), ("a", "*"), ("a/b", "*"), ("data_01.csv", "data_[0-9][0-9].csv"), ("x.txt", "?.txt")]:
    print(p, pat, Path(p).match(pat))
try:
    Path("a").match("")
except ValueError as e:
    print("ValueError", e)
