# struct.pack_into and Struct.pack_into: offsets, errors, partial writes (Modules/_struct.c).
import struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(8)
t(lambda: struct.pack_into('<HH', b, 2, 1, 2))
print(b)
t(lambda: struct.pack_into('<HH', b, -4, 3, 4))
print(b)
t(lambda: struct.pack_into('<HH', b, -3, 3, 4))
t(lambda: struct.pack_into('<HH', b, -9, 3, 4))
t(lambda: struct.pack_into('<HH', b, 6, 3, 4))
t(lambda: struct.pack_into('<HH', b, 9, 3, 4))
t(lambda: struct.pack_into('<HH', b'abcdefgh', 0, 3, 4))
t(lambda: struct.pack_into('<HH', b, 0, 3))
t(lambda: struct.pack_into('<HH', b, 0))
t(lambda: struct.pack_into('<HH', b))
t(lambda: struct.pack_into('<HH'))
t(lambda: struct.pack_into('<HH', b, 'x', 1, 2))
t(lambda: struct.pack_into('<HH', "str", 0, 1, 7))
t(lambda: struct.pack_into('<HH', b, 2**70, 1, 7))
b2 = bytearray(b'\xff' * 8)
t(lambda: struct.pack_into('<HxH', b2, 0, 1, 70000))
print(b2)
s = struct.Struct('>iH')
buf = bytearray(12)
s.pack_into(buf, 0, -5, 7)
s.pack_into(buf, 6, 1000, 65535)
print(buf, s.unpack_from(buf, 6), struct.unpack_from('>iH', buf))
t(lambda: s.pack_into(buf, 0, 5))
t(lambda: s.pack_into(buf))
t(lambda: struct.pack('<H', v=1))
t(lambda: s.pack(1, 2, v=1))
rec = bytearray(struct.calcsize('<I8sd') * 3)
for i, (n, name, x) in enumerate([(1, b'alpha', 1.5), (2, b'beta', -2.25), (3, b'gamma', 1e10)]):
    struct.pack_into('<I8sd', rec, i * struct.calcsize('<I8sd'), n, name, x)
for r in struct.iter_unpack('<I8sd', rec):
    print(r[0], r[1].rstrip(b'\0').decode(), r[2])
