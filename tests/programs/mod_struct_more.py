# struct.unpack_from, struct.iter_unpack and struct.Struct.
import struct

data = struct.pack("<HHI", 1, 2, 3) + b"tail"
print(struct.unpack_from("<HH", data), struct.unpack_from("<I", data, 4), struct.unpack_from("<I", data, offset=4))
print(struct.unpack_from("<B", data, -1), struct.unpack_from("4s", data, -4))
for off in [7, -1, -20, 20]:
    try:
        struct.unpack_from("<I", data, off)
    except struct.error as e:
        print("struct.error:", e)
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
for bad in [b"\x00", b""]:
    try:
        print(list(struct.iter_unpack("<H", bad)))
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.iter_unpack("0s", b"")
except struct.error as e:
    print("struct.error:", e)
rec = struct.Struct("<I4sd")
print(rec.size, rec.format, rec.format == "<I4sd")
packed = rec.pack(7, b"abcd", 2.5)
print(packed, rec.unpack(packed), rec.unpack_from(b"xx" + packed, 2))
print([r for r in rec.iter_unpack(packed * 2)])
header = struct.Struct(">2sH")
blob = b"".join(header.pack(tag, n) for tag, n in [(b"AB", 1), (b"CD", 513)])
for tag, n in header.iter_unpack(blob):
    print(tag.decode(), n)
try:
    rec.unpack(b"short")
except struct.error as e:
    print("struct.error:", e)
print(struct.Struct(b"<h").unpack(b"\xff\xff"), struct.Struct("=q").size)
