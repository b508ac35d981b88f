import struct
import base64
import hashlib

rec = struct.pack("<IhBf8s", 0xDEADBEEF, -2, 255, 1.5, b"name")
print(rec, len(rec), struct.calcsize("<IhBf8s"), struct.calcsize("IhBf8s"))
print(struct.unpack("<IhBf8s", rec))
print(struct.pack(">HHI", 1, 2, 3).hex(), struct.pack("!d", 3.141592653589793).hex(" "), struct.pack("?x3s", True, b"ab"))
vals = struct.unpack(">4B", bytes([1, 2, 3, 4]))
print(vals, struct.unpack_from("<H", b"\x00\x01\x02", 1))
header = struct.Struct("<2sI") if False else None
try:
    struct.pack("<B", 256)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("struct.error:", e)
raw = "Hello, wörld! ✓".encode("utf-8")
enc = base64.b64encode(raw)
print(enc, base64.b64decode(enc).decode("utf-8"), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b16encode(b"hi"))
print(base64.b64encode(b"a"), base64.b64encode(b"ab"), base64.b64decode("YWJj"), base64.b16decode("6869"))
for algo in ("md5", "sha1", "sha256", "sha512"):
    h = hashlib.new(algo)
    h.update(b"hello ")
    h.update(b"world")
    print(algo, h.hexdigest()[:32], h.digest_size, h.name)
print(hashlib.sha256(b"").hexdigest(), hashlib.md5("ünï".encode()).hexdigest())
def checksum(data):
    return sum(data) & 0xFF
blob = bytearray(b"payload")
blob[0] = ord("P")
blob += b"!!"
print(blob, checksum(blob), bytes(blob).upper(), blob.hex(), bytes.fromhex("de ad be ef"), list(b"\x00\x7f\x80"))
n = 2 ** 40 + 5
bs = n.to_bytes(8, "big")
print(bs, int.from_bytes(bs, "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), (-5).to_bytes(2, "big", signed=True))
print(bin(0b1011 ^ 0b0110), hex(0xFF & ~0x0F), 1 << 70, (1 << 70) >> 65, 0x7FFFFFFF + 1, oct(64), int("ff", 16), int("0b101", 0))
words = [b"ab", b"cd"]
print(b"-".join(words), b"a,b,,c".split(b","), b"  x ".strip(), b"abc".replace(b"b", b"B"), b"%d-%s" % (5, b"x"))
print("naïve café".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"), "é".encode("latin-1"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
crc = 0
for byte in b"123456789":
    crc ^= byte
    for _ in range(8):
        crc = (crc >> 1) ^ 0xEDB88320 if crc & 1 else crc >> 1
print(hex(crc))
