# fnmatch (fnmatch, fnmatchcase, filter) and glob (glob with recursive, root_dir,
# include_hidden; escape): CPython's matching, hidden-name rule and errors. Were refused.
import fnmatch
import glob
import os
import tempfile
from pathlib import Path

names = ["main.py", "test_a.py", "README.md", ".hidden.py", "data[1].csv", "a\nb.py", "x/y.py", "Main.PY"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "[!t]*.p?"), fnmatch.filter(names, "data[[]1].csv"))
print([fnmatch.fnmatch(n, "*.py") for n in names], fnmatch.fnmatchcase("Main.PY", "*.py"), fnmatch.fnmatch(Path("a.py"), "*.py"))
print(fnmatch.fnmatch("a", "["), fnmatch.fnmatch("[", "["), fnmatch.fnmatch("ab", "a[]b]"), fnmatch.fnmatch("-", "[a-]"),
      fnmatch.fnmatch("a", "[z-a]"), fnmatch.fnmatch("q", "[!z-a]"), fnmatch.fnmatch("b", "[a-c-e]"), fnmatch.fnmatch("", "*"))
print(fnmatch.fnmatch("x" * 5000 + "y", "*x*x*x*y"), fnmatch.fnmatch("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "*a*a*a*a*a*a*a*c"), fnmatch.filter("abc", "[ac]"))
for call in (lambda: fnmatch.fnmatch(5, "x"), lambda: fnmatch.fnmatchcase(5, "x"), lambda: fnmatch.fnmatchcase("x", 5),
             lambda: fnmatch.filter(["a", 5], "a"), lambda: glob.glob(5), lambda: glob.glob(Path("*"))):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for rel in ["a.txt", "b.py", ".secret.txt", "sub/c.txt", "sub/d.py", "sub/deep/e.txt", "sub/.hid/f.txt", "other/g.txt", "x[1].txt"]:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(rel)
    R = str(root)
    rel = lambda xs: sorted(os.path.relpath(x, R) if x.startswith(R) else x for x in xs)
    print(rel(glob.glob(R + "/*.txt")), rel(glob.glob(R + "/*/*.txt")), rel(glob.glob(R + "/.*")))
    print(rel(glob.glob(R + "/**/*.txt", recursive=True)), rel(glob.glob(R + "/**", recursive=True)))
    print(rel(glob.glob(R + "/**/", recursive=True)), rel(glob.glob(R + "/*/")), rel(glob.glob(R + "/s*/d*")))
    print(rel(glob.glob(R + "/**/*.txt", recursive=True, include_hidden=True)), rel(glob.glob(R + "/**/*.txt")))
    print(rel(glob.glob(R + "/a.txt")), glob.glob(R + "/nope.txt"), rel(glob.glob(R + "/sub/")), rel(glob.glob(glob.escape(R + "/x[1].txt"))))
    print(sorted(glob.glob("*.txt", root_dir=R)), sorted(glob.glob("**", root_dir=root, recursive=True)), sorted(glob.glob("*/", root_dir=R)))
    os.chdir(R)
    print(glob.glob("*") == [n for n in os.listdir(".") if n[0] != "."] and "readdir order", sorted(glob.glob("*")), sorted(glob.glob("sub/*")), sorted(glob.glob("**/*.py", recursive=True)), glob.glob(""), sorted(glob.glob("./s*")))
    print(sorted(glob.glob("**", recursive=True)), sorted(glob.glob("*/**/", recursive=True)), glob.glob("sub/deep"))
    os.chdir(start)
print(glob.escape("a[b]*?.c"), glob.escape(Path("/x/*")), glob.glob("/nonexistent/*"))
