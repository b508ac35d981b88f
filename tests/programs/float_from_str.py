# float() parsing from strings.
samples = ["3.14", "-2.5", "  1e3 ", "1E-3", ".5", "5.", "1_000.5", "+0.0", "-0", "inf", "-Infinity",
           "nan", "1e400", "-1e400", "1e-400", "0x10" , "", "abc", "1.2.3", "1e", "  ", "12_"]
for s in samples:
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
print(float(3), float(-0), float(True), float(10 ** 20))
print(float("123456789012345678901234567890"))
print(float("0.1") + float("0.2"))
