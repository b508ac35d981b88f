# Arbitrary precision integer arithmetic.
big = 2 ** 64
print(big, big - 1, big + 1)
print(2 ** 63 - 1 + 1)
print(-(2 ** 63) - 1)
print(2 ** 200)
print(3 ** 100)
print((2 ** 200) // (3 ** 50))
print((2 ** 200) % (3 ** 50))
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
print((10 ** 30) * (10 ** 30))
print(12345678901234567890 * 98765432109876543210)
print(10 ** 40 - 10 ** 39)
print(-10 ** 20 * 10 ** 20)
n = 1
for i in range(1, 31):
    n = n * i
print("30! =", n)
m = 9223372036854775807
print(m + m, m * m, m * -m)
print(-9223372036854775808 - 1)
print(abs(-(2 ** 70)), -(-(2 ** 70)))
q, r = divmod(10 ** 25 + 3, 10 ** 12)
print(q, r)
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63)
print((2 ** 100) / (2 ** 99))
print(len(str(2 ** 1000)))
print(str(7 ** 77)[:20], str(7 ** 77)[-20:])
