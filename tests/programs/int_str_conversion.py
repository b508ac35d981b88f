# int() parsing with bases and prefixes, and str/hex/oct/bin output.
print(int("42"), int("-42"), int("  17  "), int("+5"), int("0"))
print(int("1_000_000"), int("0x1F", 16), int("1F", 16), int("ff", 16))
print(int("0b1011", 2), int("1011", 2), int("0o777", 8), int("777", 8))
print(int("z", 36), int("ZZ", 36), int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0))
print(int("-0x1f", 16), int(" -101 ", 2))
print(int(3.99), int(-3.99), int(True), int(False), int(1e20))
print(int("123456789012345678901234567890"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 70), bin(2 ** 10))
print(str(-0), str(10 ** 25), repr(-7))
bad = ["", "abc", "1.5", "0x1F", "12 34", "--1", "1_", "_1", "0b2"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
