import struct
import hashlib
import base64
import time

# bytes values come from str.encode here (molt has no bytes literals yet)
data = "hello world".encode()
print(data, len(data), data[0], data[-1], type(data).__name__, data.decode())
print("\xe9t\xe9".encode("latin-1"), "\u20ac".encode(), "it's".encode(), 'say "hi"'.encode(), "a'b\"c".encode())
print("tab\there\n".encode(), "\x00\x7f\x80".encode("latin-1"))
print(data == "hello world".encode(), data != "hello".encode(), data < "help".encode(), "o".encode() in data, 111 in data)
print(hash(data) == hash("hello world".encode()), data.hex(), data.hex(":", 4), data.upper(), data.startswith("he".encode()), data.find("o".encode()), data.count("o".encode()))
items = []
for b in "abc".encode():
    items.append(b)
print(items, data + "!".encode(), "ab".encode() * 3)
print("é€".encode("utf-8").decode("utf-8"), "\xff".encode("latin-1").decode("utf-8", "replace"), "ab\xffc".encode("latin-1").decode("ascii", "ignore"))
for enc, text in [("ascii", "caf\xe9"), ("ascii", "\u20ac\u20ac ok"), ("latin-1", "\u20ac")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
for raw in ["\xff", "a\xe2\x82", "\xe2\x28\xa1", "\xc3"]:
    try:
        raw.encode("latin-1").decode()
    except UnicodeDecodeError as e:
        print(e)
try:
    "x".encode("rot13x")
except LookupError as e:
    print(e)

print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("@bq"), struct.calcsize("=l"), struct.calcsize("l"), struct.calcsize("5s2x3p"))
p = struct.pack("<ihb", 1, -2, 3)
print(p, struct.unpack("<ihb", p))
print(struct.pack(">I", 0xDEADBEEF), struct.pack("!h", -2), struct.pack("=q", -1), struct.pack("<Q", 2**64 - 1))
print(struct.pack("<d", 1.5), struct.pack(">f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack(">d", struct.pack(">d", -2.25)))
print(struct.pack("<?", 5), struct.pack("??", 0, []), struct.unpack("??", "\x00\x07".encode("latin-1")))
print(struct.pack("4s", "ab".encode()), struct.pack("2s", "abcdef".encode()), struct.pack("5p", "abc".encode()), struct.pack("c", "z".encode()))
print(struct.unpack("<4s", "abcd".encode()), struct.unpack("<2c", "xy".encode()), struct.unpack("<3p", "\x05ab".encode()))
print(struct.pack("@bi", 1, 2), struct.unpack("@bi", struct.pack("@bi", -1, 70000)), struct.pack("3B", 1, 2, 3), struct.pack("i i", 5, 6))
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -1, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1)))
errs = [("b", 200), ("B", -1), ("h", 40000), ("<H", 70000), ("i", 2**31), ("I", -1), ("<I", 2**32), ("<l", 2**31), ("q", 2**63), ("<Q", -1), (">Q", 2**64), (">q", 2**63), ("b", 1.5), ("f", "x"), ("c", "ab".encode()), ("s", "a"), ("zz", 1), ("3", 1)]
for fmt, v in errs:
    try:
        struct.pack(fmt, v)
    except Exception as e:
        print(fmt, type(e).__name__, e)
try:
    struct.pack("ii", 1)
except Exception as e:
    print(e)
try:
    struct.unpack("<i", "abc".encode())
except Exception as e:
    print(e)
try:
    struct.pack("<f", 1e300)
except OverflowError as e:
    print(e)
print(struct.pack("f", 1e300))

print(hashlib.md5("abc".encode()).hexdigest())
print(hashlib.sha1("abc".encode()).hexdigest())
print(hashlib.sha256("abc".encode()).hexdigest())
print(hashlib.sha512("".encode()).hexdigest()[:32], hashlib.sha224().hexdigest(), hashlib.sha384("x".encode()).hexdigest()[:16])
h = hashlib.sha256()
h.update("hello ".encode())
h2 = h.copy()
h.update("world".encode())
print(h.hexdigest() == hashlib.sha256("hello world".encode()).hexdigest(), h2.hexdigest())
print(h.digest()[:4], len(h.digest()), h.name, h.digest_size, h.block_size, hashlib.new("md5", "abc".encode()).hexdigest(), hashlib.new("SHA1").name)
try:
    hashlib.md5("text")
except TypeError as e:
    print(e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)

print(base64.b64encode("hello world".encode()), base64.b64encode("".encode()), base64.b64encode("a".encode()), base64.b64encode("ab".encode()))
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode("aGVsbG8gd29ybGQ=".encode()), base64.b64decode("YW==YWJj"), base64.b64decode("Y W J j"))
print(base64.urlsafe_b64encode("\xfb\xff\xbf".encode("latin-1")), base64.urlsafe_b64decode("-_-_"), base64.b64encode("\xfb\xff".encode("latin-1"), "-_".encode()))
print(base64.standard_b64encode("xyz".encode()), base64.standard_b64decode("eHl6"), base64.b16encode("\x01\xab".encode("latin-1")), base64.b16decode("01AB"), base64.b16decode("01ab", casefold=True))
for bad in ["YWJ", "Y", "YWJjZ", "YQ=a", "=YWJj", "YW*Jj"]:
    try:
        print(base64.b64decode(bad))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(base64.b64decode(bad, validate=True))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["0", "0G"]:
    try:
        base64.b16decode(bad)
    except ValueError as e:
        print(e)
try:
    base64.b64decode("\xe9")
except ValueError as e:
    print(e)
try:
    base64.b64encode("x")
except TypeError as e:
    print(e)

t0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.009, time.monotonic() >= m0, time.time() > 1.6e9, time.time_ns() > 1600000000 * 10**9)
print(time.process_time() >= 0, time.perf_counter_ns() >= 0, type(time.monotonic_ns()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
base64.b64decode("abc")
