# bytes: literals, repr, indexing, slicing, iteration, operators, hashing, constructors.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = b"hello"
e = b""
hi = b"\x80\xff\x00\x7f"
print(a, e, hi)
print(repr(a), repr(e), repr(hi))
print(b"it's", b'say "hi"', b"both ' and \"", b"\t\n\r\\", rb"raw\n\x00")
print(b"abc" b"def", b"implicit" rb"\d")
print(len(a), len(e), len(hi), bool(e), bool(a))
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-100:2], hi[1], hi[-4])
show(lambda: a[5])
show(lambda: a[-6])
show(lambda: a["x"])
print(list(a), [x for x in hi], sorted(b"banana"), min(a), max(a), sum(a))
print(104 in a, b"ell" in a, b"" in a, b"xyz" in a, 0 in hi)
show(lambda: "h" in a)
show(lambda: 256 in a)
show(lambda: -1 in a)
print(a + b" world", a * 2, 3 * b"ab", a * 0, a * -1, e * 5)
show(lambda: a + "x")
show(lambda: a + 1)
show(lambda: "x" + a)
show(lambda: a * 2.5)
show(lambda: a * "x")
print(a == b"hello", a != b"hello", a == "hello", a < b"help", b"a" < b"ab", b"b" > b"ab")
print(b"\xff" > b"\x7f", b"" < b"\x00", a <= a, a >= b"hellp")
show(lambda: a < "z")
show(lambda: a < 1)
print(hash(b"abc") == hash("abc"), hash(b"") == 0, hash(b"abc"))
print({b"x", b"y", b"z", b"abc", b"hello"})
d = {b"k1": 1, b"k2": 2}
d[b"k1"] += 10
print(d, d[b"k2"], b"k3" in d)
print({b"one", b"two", b"three", b"four", b"five", b"six"})
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes((0x41,)))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes("héllo", "utf-8"), bytes("abc", "ascii"))
print(bytes("é", encoding="latin-1"), bytes(source=b"kw"), bytes(True), bytes(iter([7, 8])))
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes(["a"]))
show(lambda: bytes(-1))
show(lambda: bytes("abc"))
show(lambda: bytes(1.5))
show(lambda: bytes(b"x", "utf-8"))
show(lambda: bytes(errors="strict"))
show(lambda: bytes("é", "ascii"))
show(lambda: bytes("x", "no-such-codec"))
show(lambda: bytes(x=1))
print(isinstance(a, bytes), isinstance(a, bytearray), isinstance("s", bytes), type(a).__name__)
print(type(a) is bytes, type(a) == bytes, bytes)
print(f"{a!r} {a} {hi!r} {e}")
print(str(a), repr(a), ascii(hi), "%s %r" % (a, a), "{} {!r}".format(a, e))
show(lambda: f"{a:10}")
print(ord(b"a"), ord(a[0:1]), chr(a[0]))
show(lambda: ord(b"ab"))
print(list(map(bytes, [[65], [66, 67]])), list(map(len, [a, e])))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x80", byteorder="little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(), (0).to_bytes(0, "big"), (2**64).to_bytes(9, "big"))
show(lambda: (1000).to_bytes(1, "big"))
show(lambda: (-1).to_bytes(1, "big"))
show(lambda: (128).to_bytes(1, "big", signed=True))
show(lambda: (1).to_bytes(1, "middle"))
x = b"spam"
y = x
x += b"!"
print(x, y, x is y)
match b"abc":
    case [97, 98, 99]:
        print("sequence")
    case b"abc":
        print("literal")
match b"xy":
    case bytes() as bb:
        print("bytes class", bb)
print("abc".encode(), "é".encode("utf-8"), "é".encode("latin-1"), b"caf\xc3\xa9".decode())
print(str(b"abc", "ascii"), str(b"caf\xc3\xa9", encoding="utf-8"), str(b"\xff", "utf-8", "replace"))
show(lambda: str(5, "ascii"))
show(lambda: b"\xff".decode())
show(lambda: b"abc\x80".decode("ascii"))
print(b"a\x80b".decode("ascii", "ignore"), b"a\x80b".decode("ascii", errors="replace"))
print(b"abc".decode("ascii", "bogus"))
show(lambda: b"\x80".decode("ascii", "bogus"))

# bytes with the rest of the language and the stdlib.
def f(x: bytes) -> bytes:
    return x + b"!"


def g(n: int) -> bytearray:
    return bytearray(n)


print(f(b"a"), g(2))
print(isinstance(b"x", (bytes, bytearray)), isinstance(bytearray(), (str, bytearray)))
print(bytes.upper(b"abc"), bytearray.lower(bytearray(b"ABC")))
xs = [b"b", b"a"]
xs.sort()
print(xs, b"-".join(xs))
s = b""
for i in range(5):
    s += bytes([65 + i])
print(s)
print(", ".join(str(b) for b in [b"x", bytearray(b"y")]))
try:
    ", ".join([b"x"])
except TypeError as e:
    print(e)
t = (b"a", 1)
print(t, [b"x"], {b"k": b"v"})
print(b"a" if len(xs) else "b")
data = "héllo wörld".encode()
print(data, len(data), data.decode("utf-8"))
print(data.split(b" "), data[1:3].decode("utf-8"))
import struct
print(struct.pack("<I", 5), struct.unpack("<I", b"\x05\x00\x00\x00"))
import hashlib
print(hashlib.sha256(b"abc").hexdigest()[:16])
import base64
print(base64.b64encode(b"hello"), base64.b64decode(b"aGVsbG8="))
c = bytearray(b"abc")
c[0] = c[1] + 1
print(c, c.hex(), c.startswith(b"c"))
d = {}
d[b"x"] = d.get(b"x", 0) + 1
print(d)
m = max([b"ab", b"b"], key=len)
print(m)
print(list(zip(b"ab", b"cd")), list(enumerate(b"xy")), list(reversed(b"abc")))
print(b"abc" * True, [*b"hi"])
a, b2, c2 = b"xyz"
print(a, b2, c2)
print(bytes.fromhex("41") == b"A", b"%" in b"50%")
print(hashlib.md5(bytearray(b"abc")).hexdigest(), struct.unpack("<H", bytearray(b"\x01\x02")))
conv = str
print(base64.b64encode(bytearray(b"hi")), conv(b"a\xc3\xa9", "utf-8"), conv(b"x", encoding="ascii"))
show(lambda: b"a" * b"b")
show(lambda: bytearray(b"x") * bytearray(b"y"))
show(lambda: b"a" + [1])
show(lambda: [1] + b"a")
show(lambda: None * b"a")


def imul(x, y):
    x *= y
    return x


show(lambda: imul(bytearray(b"ab"), "x"))
show(lambda: imul(bytearray(b"ab"), 2))
show(lambda: imul(b"ab", 3))
