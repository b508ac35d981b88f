# printf-style % formatting.
print("%d %i %5d %-5d| %05d %+d %d" % (42, -7, 42, 42, 42, 42, -0))
print("%5.2f|%-8.3f|%08.2f|%.0f|%.0f|%.0f|%f" % (3.14159, 2.71828, -1.5, 0.5, 1.5, 2.5, 1 / 3))
print("%s %s %s %s" % ("str", 1, [1, 2], None))
print("%r %r %r" % ("str", "it's", 1.0))
print("%x %X %#x %o %#o %08x" % (255, 255, 255, 8, 8, 3054))
print("%e %.3E %g %G %g" % (12345.678, 0.000123456, 1e-5, 1e20, 100.0))
print("%% literal, %c%c, %5s|%-5s|%.2s" % ("A", 97, "ab", "cd", "xyz"))
print("%d items" % 5, "single %s" % "arg", "%s" % (("tuple",),))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%d %d" % (10 ** 20, -(2 ** 70)), "%x" % (2 ** 70), "%.3f" % 2 ** 0.5)
print("%s" % 3.0, "%s" % 1e16, "%r" % 0.1, "%d" % 3.99, "%d" % True, "%s" % True)
print("%5.1f%%" % 99.55, "%.2f" % 2.675, "%.1f" % 0.25, "%.1f" % 0.35)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("a", "b", "c"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(missing)s" % {"k": 1})
except KeyError as e:
    print("KeyError:", e)
