# True division of ints is correctly rounded, even for big operands.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5)
print((10 ** 30 + 1) / 10 ** 10, 2 ** 60 / 3, (2 ** 53 + 1) / 1, 10 ** 22 / 10 ** 21)
print(12345678901234567890 / 7, -12345678901234567890 / 7)
print((2 ** 1000) / (2 ** 999), (3 ** 500) / (3 ** 499), 10 ** 300 / 10 ** 299)
print(1 / 10 ** 300, 1 / 2 ** 1074, 1 / 2 ** 1076, (2 ** 1024 - 2 ** 971) / 1)
print(9007199254740993 / 1, 9007199254740995 / 1, -9007199254740993 / 1)
print(type(4 / 2).__name__, 4 / 2, 6 / 3 == 2)
s = 0.0
for i in range(1, 11):
    s += i / 7
print(s)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print("OverflowError:", e)
