# center / ljust / rjust / zfill.
for w in ["", "a", "abc", "abcdef", "日本"]:
    print("[" + w.center(7) + "]", "[" + w.center(7, "*") + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5) + "]")
print("abc".center(6, "-"), "ab".center(5, "-"), "abc".center(2))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(3))
print("-".zfill(4), "3.14".zfill(7), "-0.5".zfill(6))
print(repr("x".ljust(0)), repr("x".rjust(-3)), "é".center(4, "ü"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
