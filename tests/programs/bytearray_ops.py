# bytearray: construction, mutation (items, slices, methods), operators, hashing errors.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"hello")
print(ba, repr(ba), str(ba), len(ba), ba[0], ba[-1], ba[1:3], ba[::-1], type(ba).__name__)
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray("hé", "utf-8"), bytearray(b"\x80\xff"), bytearray(range(3)))
print(bytearray(ba), bytearray(source=b"kw"), bytearray("abc", encoding="ascii"), bytearray(iter([65, 66])))
show(lambda: bytearray("abc"))
show(lambda: bytearray(-1))
show(lambda: bytearray(1.5))
show(lambda: bytearray([300]))
show(lambda: bytearray(["a"]))
show(lambda: bytearray(b"x", "ascii"))
show(lambda: bytearray(encoding="ascii"))
show(lambda: hash(bytearray(b"x")))
show(lambda: {bytearray(b"x"): 1})
show(lambda: {bytearray()})
ba[0] = 72
ba[-1] = ord("O")
print(ba)


def setitem(b, k, v):
    b[k] = v
    return b


def delitem(b, k):
    del b[k]
    return b


show(lambda: setitem(bytearray(b"abc"), 5, 1))
show(lambda: setitem(bytearray(b"abc"), -4, 1))
show(lambda: setitem(bytearray(b"abc"), 0, 256))
show(lambda: setitem(bytearray(b"abc"), 0, "a"))
show(lambda: setitem(bytearray(b"abc"), "0", 1))
show(lambda: setitem(b"abc", 0, 1))
b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
print(b)
b[::2] = b"1234"
print(b)
b[:] = [65, 66]
print(b)
b[5:] = bytearray(b"tail")
print(b)
b[1:1] = b"ins"
print(b)
b[3:1] = b"!"
print(b)
b[-2:] = b""
print(b)
b[::-1] = bytes(len(b))
print(b)
show(lambda: setitem(bytearray(b"abcd"), slice(0, 4, 2), b"x"))
show(lambda: setitem(bytearray(b"abcd"), slice(0, 2), 5))
show(lambda: setitem(bytearray(b"abcd"), slice(0, 2), "ab"))
show(lambda: setitem(bytearray(b"abcd"), slice(0, 2), [1, 300]))
show(lambda: setitem(bytearray(b"abcd"), slice(0, 2), [1, 2, 3]))
c = bytearray(b"abcdefgh")
del c[0]
print(c)
del c[-1]
print(c)
del c[1:3]
print(c)
del c[::2]
print(c)
del c[:]
print(c, len(c))
show(lambda: delitem(bytearray(b"ab"), 5))
show(lambda: delitem(b"ab", 0))
d = bytearray()
d.append(1)
d.append(255)
d.extend(b"ab")
d.extend([3, 4])
d.extend(bytearray(b"z"))
d.extend(x for x in range(5, 7))
d.insert(0, 100)
d.insert(-1, 101)
d.insert(100, 102)
d.insert(-100, 103)
print(d, len(d))
print(d.pop(), d.pop(0), d.pop(-2), d)
d.remove(97)
print(d)
d.reverse()
print(d)
e = d.copy()
e.append(0)
print(d, e, d == e)
d.clear()
print(d, len(d))
show(lambda: bytearray(b"a").append(256))
show(lambda: bytearray(b"a").append(b"a"))
show(lambda: bytearray(b"a").append("a"))
show(lambda: bytearray(b"a").extend(5))
show(lambda: bytearray(b"a").extend("abc"))
show(lambda: bytearray(b"a").extend([1, 300]))
show(lambda: bytearray().pop())
show(lambda: bytearray(b"abc").pop(10))
show(lambda: bytearray(b"abc").remove(120))
show(lambda: bytearray(b"abc").remove(300))
show(lambda: bytearray(b"abc").insert(1))
f = bytearray(b"ab")
g = f
f += b"cd"
print(f, g, f is g)
f *= 2
print(f, g, f is g)
f += bytearray(b"!")
print(g)
show(lambda: bytearray(b"x") + "y")


def iadd(x, y):
    x += y
    return x


show(lambda: iadd(bytearray(b"x"), "y"))
show(lambda: iadd(bytearray(b"x"), 1))
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") * 3, 2 * bytearray(b"z"), bytearray(b"a") * -1)
print(type(bytearray(b"ab") + b"cd").__name__, type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", bytearray(b"b") >= bytearray(b"b"))
print(bytearray(b"hello").upper(), type(bytearray(b"x").upper()).__name__, bytearray(b"a b").split(), bytearray(b"a,b").partition(b","))
print(isinstance(ba, bytearray), isinstance(ba, bytes), bytearray, type(ba) is bytearray)
print(list(bytearray(b"abc")), sorted(bytearray(b"cba")), 98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"))
print(bytes(bytearray(b"conv")), bytearray(b"x").decode(), bytearray(b"\xff").hex(), f"{bytearray(b'q')!r} {bytearray(b'q')}")
h = bytearray(b"abc")
out = []
for x in h:
    out.append(x)
    if x == 97:
        h.append(100)
print(out, h)
print(bytearray(b"it's"), bytearray(b'"q"'), bytearray(b"\t\x00"))
