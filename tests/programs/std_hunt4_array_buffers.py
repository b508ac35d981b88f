# Found by the stdlib hunt: stdlib functions that take any buffer (hashlib, base64, struct)
# accept array.array, reading its raw items.
import hashlib
import base64
import struct
from array import array

a = array('i', [5, 3, 9, 1])
print(hashlib.md5(array('B', b'abc')).hexdigest(), hashlib.sha256(a).hexdigest()[:16])
h = hashlib.sha1()
h.update(array('h', [1, 2]))
print(h.hexdigest())
print(base64.b64encode(array('B', [1, 2, 3])), base64.b16encode(array('H', [258])), base64.b64decode(array('B', b'aGk=')))
print(struct.unpack('<4i', a), struct.unpack_from('<i', a, 4), list(struct.iter_unpack('<i', a)))
print(struct.Struct('<2h').unpack(array('h', [-1, 7])), array('i', struct.pack('<2i', 7, 8)))
for bad in ['text', 5]:
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print('TypeError', e)
