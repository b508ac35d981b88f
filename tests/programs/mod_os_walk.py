import os
import os.path

base = os.path.join("/tmp", "molt_mod_walk_" + str(os.getpid()))
for d in ["a/x", "a/y/deep", "b", "skip/me", "c"]:
    os.makedirs(os.path.join(base, d))
for f in ["top.txt", "a/1.txt", "a/y/2.txt", "a/y/deep/3.txt", "b/4.txt", "skip/me/5.txt"]:
    fh = open(os.path.join(base, f), "w")
    fh.write(f)
    fh.close()

for root, dirs, files in os.walk(base):
    dirs.sort()
    if "skip" in dirs:
        dirs.remove("skip")
    print(os.path.relpath(root, base), dirs, sorted(files))

seen = []
for root, dirs, files in os.walk(base, topdown=False):
    seen.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
print(sorted(seen))
print(list(os.walk(os.path.join(base, "missing"))))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("x/y", "x"), os.path.relpath(base, "/tmp").startswith("molt_mod_walk_"), os.path.relpath("/tmp/q", base))
print(os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")), os.path.expanduser("no/tilde"), os.path.expanduser("~/x").endswith("/x"))
try:
    os.path.relpath("")
except ValueError as e:
    print(e)

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    os.rmdir(root)
print(os.path.exists(base))
