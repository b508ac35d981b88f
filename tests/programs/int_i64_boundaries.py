# Arithmetic right at the 64-bit boundaries must promote, never wrap.
MAX = 9223372036854775807
MIN = -9223372036854775808
print(MAX + 1, MIN - 1, -MIN, abs(MIN), MIN * -1, MIN // -1, MIN % -1)
print(MAX * 2, MAX * MAX, MIN * MIN, MIN * MAX, MAX ** 2, MIN ** 3)
print(MAX + MAX + 2, MIN + MIN, MAX - MIN, MIN - MAX)
print(1 << 63, 1 << 64, (1 << 63) - 1 == MAX, -(1 << 63) == MIN, MAX << 1, MIN << 1, MIN >> 63, MAX >> 62)
print(~MAX, ~MIN, MAX ^ MIN, MAX & MIN, MAX | MIN)
print(divmod(MIN, 7), divmod(MIN, -7), divmod(MAX, -1), MIN // 2, MIN % 3)
print(4294967296 * 4294967296, 3037000500 * 3037000500, 3037000499 * 3037000499)
print(2 ** 62 + 2 ** 62, -(2 ** 62) - 2 ** 62, -(2 ** 62) - 2 ** 62 - 1)
acc = 1
steps = 0
while acc < 10 ** 25:
    acc = acc * 3 + 1
    steps += 1
print(acc, steps)
total = 0
for i in range(100):
    total += MAX // 50
print(total, total > MAX)
x = MAX
x += 1
x -= 1
print(x, x == MAX, type(x).__name__)
print(-(MIN + 1), MIN + 1, abs(MIN + 1))
print(str(MIN), repr(MAX + 1), hex(MIN), bin(MAX))
print((MAX + 1) // 2 == 2 ** 62, (MAX + 1) % 2, (MIN - 1) % 10, (MIN - 1) // 10)
