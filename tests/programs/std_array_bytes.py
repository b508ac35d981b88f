# array.array and bytes: tobytes, frombytes, byteswap, bytes(a), the buffer protocol.
from array import array

a = array('h', [1, -1, 256, -32768])
print(a.tobytes(), bytes(a), bytearray(a), len(bytes(a)))
b = array('h')
b.frombytes(a.tobytes())
print(b, b == a)
b.byteswap()
print(b, b.tobytes().hex())
print(array('i', b'\x01\x00\x00\x00\xff\xff\xff\xff'), array('B', b'hello'), array('b', b'\x80\x7f'))
print(array('d', bytes(8)), array('f', b'\x00\x00\x80\x3f'), array('u', b'A\x00\x00\x00'))
print(array('q', [2**40]).tobytes(), array('Q', [1, 2]).tobytes().hex(), array('u', 'é').tobytes())
c = array('l', [1, 2, 3])
c.frombytes(array('B', array('l', [4]).tobytes()))
c.frombytes(bytearray(8))
print(c)
d = array('d', [1.5, -2.0])
d.byteswap()
d.byteswap()
print(d)
print(b'ab' + array('b', [99]), bytearray(b'x') + array('B', [65, 66]))
ba = bytearray(b'a')
ba += array('B', [66])
ba.extend(array('b', [67]))
ba[0:1] = array('B', [120])
print(ba, ba == array('B', b'xBC'), array('B', b'xBC') == ba, b'A' == array('B', [65]))
print(array('B', b'text').tobytes().decode(), bytes(array('u', 'hi')))
e = array('b', [1, 2, 3])
for bad in ['abcd', 5, None, [1], array('h', [1])]:
    try:
        e.frombytes(bad)
    except TypeError as ex:
        print('TypeError', ex)
try:
    array('i').frombytes(b'\x01\x02\x03')
except ValueError as ex:
    print('ValueError', ex)
try:
    array('h', b'\x01')
except ValueError as ex:
    print('ValueError', ex)
print(e)
