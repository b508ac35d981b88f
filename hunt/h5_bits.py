# Bit manipulation with negative numbers.
vals = [0, 1, -1, 5, -5, 255, -256, 2**63 - 1, -(2**63), 2**64, -(2**100) + 3]
for v in vals:
    print(f"{v:>22} {bin(v):>12.12} >>3={v >> 3:<8} &0xff={v & 0xFF:<4} ~={~v} |1={v | 1} ^-1={v ^ -1}")
print(-1 >> 100, -(2**70) >> 65, 1 << 70, -3 << 64, (-17) & 0xF0, -17 | 0xF, -17 ^ 0xFF)
print(bin(-10), oct(-10), hex(-255), f"{-10:b}", f"{-10:#b}", f"{-255:#x}", f"{10:08b}", f"{-10:08b}")
print(format(-5, "b"), format(5, "#010b"), format(-5, "#010b"), format(2**64 - 1, "x"))


def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c


def twos(x, bits):
    return x & ((1 << bits) - 1)


def from_twos(x, bits):
    return x - (1 << bits) if x & (1 << (bits - 1)) else x


for v in (-1, -2, -128, 127, 300, -300):
    t = twos(v, 16)
    print(v, t, hex(t), from_twos(t, 16), popcount(t), t.bit_count(), v.bit_length())
for v, n, order, signed in [(1, 2, "big", False), (-1, 2, "big", True), (258, 2, "little", False),
                            (-129, 2, "little", True), (2**64 - 1, 8, "big", False), (0, 0, "big", False)]:
    b = v.to_bytes(n, order, signed=signed)
    print(v, b, list(b), int.from_bytes(b, order, signed=signed), b.hex())
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes([1, 2, 3], "little"), int.from_bytes(b"", "big"), (1024).to_bytes(4, "big"))
for v, n, s in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True)]:
    try:
        print(v.to_bytes(n, "big", signed=s))
    except OverflowError as e:
        print("OverflowError:", e)
mask = 0
for bit in (0, 3, 5, 63, 64):
    mask |= 1 << bit
print(mask, bin(mask), [i for i in range(mask.bit_length()) if mask >> i & 1])
print(~mask & 0xFF, (mask >> 60) & 0b11111, mask.bit_length(), (-mask).bit_length())


def gray(n):
    return n ^ (n >> 1)


print([gray(i) for i in range(16)])
print([format(gray(i), "04b") for i in range(8)])
x = 0b1011_0110
print(x, x >> 4, x & -x, x & (x - 1), (x | (x - 1)) + 1, -x & 0xFF)
rev = int(format(x, "08b")[::-1], 2)
print(rev, bin(rev))
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
print(True << 3, True & 3, ~True, -True, 5 & True, (3).bit_length(), (-(2**62)).bit_length())
h = 0
for ch in "hello world":
    h = ((h << 5) - h + ord(ch)) & 0xFFFFFFFF
print("djb-ish", h, hex(h), from_twos(h, 32))
print(int("-0x1f", 16), int("0b1010", 0), int("-0o17", 0), 0x7FFFFFFF + 1, -0x80000000 - 1)
print(sum(1 << i for i in range(0, 128, 7)) % 1000003, (2**128 - 1) >> 64 == 2**64 - 1)
print(pow(2, 64, 2**32 + 15), (-7) % 4, (-7) // 4, 7 % -4, -(7 // -4), divmod(-7, 2))
