# %-formatting of bytes and bytearray (_PyBytes_FormatEx), with CPython's errors.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: b"%d items" % 3)
show(lambda: b"%s and %b" % (b"x", bytearray(b"y")))
show(lambda: b"%s" % "str")
show(lambda: b"%s" % 5)
show(lambda: b"%r %a" % ("é", b"q"))
show(lambda: b"%c%c%c" % (65, b"B", bytearray(b"C")))
show(lambda: b"%c" % 256)
show(lambda: b"%c" % "a")
show(lambda: b"%c" % b"ab")
show(lambda: b"%5c|%-3c|" % (65, 66))
show(lambda: b"%05d %+d % d %x %#X %#o %.3f %e %g %10.2f|%-6d|" % (42, 5, 7, 255, 255, 8, 3.14159, 12345.678, 0.0001, 2.5, -3))
show(lambda: b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2})
show(lambda: b"%(a)s" % {"a": b"A"})
show(lambda: b"%s %s" % (b"x",))
show(lambda: b"%s" % (b"x", b"y"))
show(lambda: b"%z" % 1)
show(lambda: b"%" % ())
show(lambda: b"100%%" % ())
show(lambda: b"%5s|%-5s|%.2s" % (b"ab", b"cd", b"efgh"))
show(lambda: b"\xff%s\x80" % b"\xfe")
show(lambda: bytearray(b"%d-%s") % (1, b"z"))
show(lambda: b"%d" % "x")
show(lambda: b"%x" % 1.5)
show(lambda: b"%s" % [1])
show(lambda: b"%*d|%-*d" % (5, 1, 4, 2))
show(lambda: b"%s" % b"")
show(lambda: b"no args" % ())
show(lambda: b"no args" % 5)
show(lambda: b"%i %u" % (True, 3))
x = b"%d"
x %= 7
print(x)
