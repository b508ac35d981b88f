# A file object whose last reference goes away is closed, its pending writes flushed,
# as CPython's IOBase.__del__ does: the data is there for the next open of the path.
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix="hunt28")
try:
    p = os.path.join(base, "a.txt")
    open(p, "w").write("temporary object\n")
    print(repr(open(p).read()))

    f = open(p, "a")
    f.write("appended, then deleted\n")
    del f
    print(repr(open(p).read()))

    log = open(os.path.join(base, "log.txt"), "w")
    log.write("first log\n")
    log = open(os.path.join(base, "log2.txt"), "w")
    log.write("second log\n")
    print(repr(open(os.path.join(base, "log.txt")).read()))

    def save(path, lines):
        out = open(path, "w")
        for line in lines:
            out.write(line + "\n")

    save(os.path.join(base, "b.txt"), ["x", "y"])
    print(open(os.path.join(base, "b.txt")).read().split())

    def rebind(path):
        fh = open(path, "wb")
        fh.write(b"bytes\x00")
        fh = None
        return open(path, "rb").read()

    print(rebind(os.path.join(base, "c.bin")))
    log.close()
finally:
    shutil.rmtree(base)
