# Counting bits and reversing bits with loops and shifts.
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def reverse_bits(n, width):
    result = 0
    for i in range(width):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result

for v in [0, 1, 2, 3, 255, 256, 1023, 2 ** 64 - 1, 2 ** 100 + 1]:
    print(v, popcount(v), bin(v).count("1"))
for v in [1, 6, 0b1011, 0xF0]:
    print(v, reverse_bits(v, 8), bin(reverse_bits(v, 8)))
print(reverse_bits(1, 128))
print(len(bin(255)) - 2, len(bin(256)) - 2, len(bin(2 ** 100)) - 2)
