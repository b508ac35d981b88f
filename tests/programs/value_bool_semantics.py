# bool is a subclass of int: arithmetic, printing, comparisons and keys.
t = True
f = False
print(t, f, repr(t), str(f), int(t), float(f), t + t, t * 10, f - t, t / 2, t // 1, -t, t ** 5)
print(t == 1, f == 0, t is True, f is not True, t == 1.0, t != "True")
print(t & f, t | f, t ^ t, t and f, t or f, not t)
print(type(t & f).__name__, type(t + f).__name__, type(t and 5).__name__)
print(sum([True, True, False, True]), max(True, False), min([True, 2, -1]))
flags = [1 > 0, 2 < 1, "a" in "abc", [] == [], None is None]
print(flags, flags.count(True), flags.index(False))
print(bool(1), bool(-1), bool("False"), bool(0.0), str(True).upper(), f"{True}", "%s %d" % (t, t))
counts = {True: 0, False: 0}
for n in range(10):
    counts[n % 3 == 0] += 1
print(counts)
print(["no", "yes"][t], ["no", "yes"][f], "ab"[True:])
print(sorted([True, False, True, False]), True > False, True < 2)
