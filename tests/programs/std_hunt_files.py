import os
import os.path
import tempfile
from pathlib import Path
import json
import shutil

base = tempfile.mkdtemp(prefix="hunt")
try:
    root = Path(base)
    (root / "data").mkdir()
    (root / "data" / "sub").mkdir(parents=True, exist_ok=True)
    files = {"a.txt": "alpha\nbeta\ngamma\n", "b.csv": "x,y\n1,2\n3,4\n", "sub/c.txt": "one line", "notes.md": "# Title\n\nbody\n"}
    for name, text in files.items():
        p = root / "data" / name
        p.write_text(text)
    print(sorted(os.listdir(root / "data")))
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, base)
        print(rel, sorted(filenames))
    txts = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt"))
    print(txts, sorted(p.name for p in (root / "data").glob("*.*")))
    with open(os.path.join(base, "data", "a.txt")) as fh:
        for i, line in enumerate(fh, 1):
            print(i, line.rstrip("\n"), len(line))
    with open(os.path.join(base, "data", "a.txt"), "a") as fh:
        fh.write("delta\n")
        print("written", fh.write("eps\n"))
    text = Path(base, "data", "a.txt").read_text()
    print(text.splitlines(), text.count("\n"))
    with open(root / "data" / "a.txt") as fh:
        print(repr(fh.readline()), fh.readlines(), repr(fh.read()))
    p = root / "data" / "b.csv"
    print(p.name, p.stem, p.suffix, p.parent.name, p.exists(), p.is_file(), p.is_dir(), p.stat().st_size)
    q = p.with_suffix(".bak")
    p.rename(q)
    print(p.exists(), q.exists(), q.name)
    print(os.path.splitext("archive.tar.gz"), os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"), os.path.join("a", "b", "c"))
    print(os.path.normpath("a//b/./c/../d"), os.path.isabs("/x"), os.path.split("/usr/lib/x.so"))
    print(Path("/a/b/c.tar.gz").suffixes, Path("x/y/z.txt").parts, Path("rel/p").is_absolute(), str(Path("a") / "b" / "c.txt"))
    cfg = root / "cfg.json"
    with open(cfg, "w") as fh:
        json.dump({"debug": True, "level": 3, "names": ["a", "b"]}, fh, indent=2)
    with open(cfg) as fh:
        print(json.load(fh))
    print(cfg.read_text().splitlines()[:3])
    with open(root / "bin.dat", "wb") as fh:
        fh.write(bytes(range(10)))
    with open(root / "bin.dat", "rb") as fh:
        data = fh.read()
    print(data, len(data), os.path.getsize(root / "bin.dat"))
    sizes = {}
    for dirpath, _, filenames in os.walk(root):
        for f in filenames:
            sizes[f] = os.path.getsize(os.path.join(dirpath, f))
    print(sorted(sizes.items()))
    os.remove(root / "bin.dat")
    print(os.path.exists(root / "bin.dat"))
    try:
        open(root / "nope.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    try:
        (root / "data").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    lines = [f"row {i}" for i in range(5)]
    out = root / "out.txt"
    out.write_text("\n".join(lines) + "\n")
    with out.open() as fh:
        print([l.strip() for l in fh if l.strip().endswith(("1", "3"))])
    print(sum(1 for _ in open(out)))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
