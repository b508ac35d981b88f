# ord, chr, hex, oct, bin and their round trips.
for ch in ["A", "z", "0", " ", "\n", "é", "ß", "€", "日", "😀", "\x00", "\U0010ffff"]:
    code = ord(ch)
    print(repr(ch), code, hex(code), oct(code), bin(code), chr(code) == ch)
print(hex(0), hex(-1), hex(255), hex(-256), hex(2 ** 64), hex(-(2 ** 64) - 1))
print(oct(0), oct(-9), oct(64), bin(0), bin(-1), bin(1023), bin(-(2 ** 65)))
print(int(hex(123456789), 16), int(oct(-8), 8), int(bin(2 ** 70), 2))
alphabet = ""
for i in range(26):
    alphabet += chr(ord("a") + i)
print(alphabet, alphabet.upper())
print(chr(0x1F600), chr(233), chr(32) == " ")
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-5)
except ValueError as e:
    print("ValueError:", e)
