# os.path.realpath: symlinks resolved component by component, missing parts kept,
# `..` after a symlink applied to its target, loops left as they are (strict=False),
# and strict=True raising for a missing path.
import os
import tempfile

base = tempfile.mkdtemp(prefix="molt_rp_")
real = os.path.realpath(base)
os.mkdir(os.path.join(base, "real"))
os.mkdir(os.path.join(base, "real", "sub"))
os.symlink(os.path.join(base, "real"), os.path.join(base, "link"))
os.symlink("real/sub", os.path.join(base, "rel"))
os.symlink(os.path.join(base, "loop1"), os.path.join(base, "loop2"))
os.symlink(os.path.join(base, "loop2"), os.path.join(base, "loop1"))


def show(p, **kw):
    try:
        r = os.path.realpath(p, **kw)
        print(repr(r.replace(real, "<base>")))
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename.replace(real, "<base>"))


for p in ["link", "link/sub", "link/sub/..", "rel", "rel/..", "link/missing/x",
          "loop1", "loop1/x", "real/./sub//", "", "."]:
    show(os.path.join(base, p))
show(os.path.join(base, "link", "nothere"), strict=True)
show(os.path.join(base, "link", "sub"), strict=True)
print(os.path.realpath("/") == "/", os.path.realpath("/..") == "/")
print(os.path.realpath("a/../b") == os.path.join(os.getcwd(), "b"))
try:
    os.path.realpath(base, True)
except TypeError as e:
    print(e)

for p in ["loop1", "loop2", "link", "rel"]:
    os.remove(os.path.join(base, p))
os.rmdir(os.path.join(base, "real", "sub"))
os.rmdir(os.path.join(base, "real"))
os.rmdir(base)
