# Bitwise operators, including negative numbers and big ints.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(a << 3, a >> 2, 1 << 0, 5 >> 10)
print(-1 & 0xFF, -1 | 0, -1 ^ 1, ~-1, ~0)
print(-8 >> 1, -1 >> 5, -9 >> 2, -8 << 2)
print(-12 & 10, -12 | 10, -12 ^ 10)
big = 1 << 100
print(big, big >> 99, big | 1, big & (big - 1))
print((1 << 64) - 1, ((1 << 64) - 1) ^ (1 << 63))
print(-(1 << 70) >> 3, -(1 << 70) & 0xFFFF, ~(1 << 70))
print((2 ** 130 + 12345) & (2 ** 65 - 1))
print((-2 ** 130) | 7, (-2 ** 130) ^ -1)
x = 0
for i in range(0, 20, 3):
    x |= 1 << i
print(bin(x), x)
x &= ~(1 << 6)
print(bin(x))
x ^= 0xFFFF
print(hex(x))
x <<= 40
print(x)
x >>= 41
print(x)
print(True & False, True | False, True ^ True, ~True)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -3)
except ValueError as e:
    print("ValueError:", e)
