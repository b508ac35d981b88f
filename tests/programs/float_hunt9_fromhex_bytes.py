print((0.1).hex(), (2.0).hex(), (-0.0).hex(), float("inf").hex())
print(float.fromhex("0x1.8p1"))
print(float.fromhex("-0x1p-1074"), float.fromhex("inf"), float.fromhex(" 0X1.FFFFFp+3 "))
print(int(b"12"), int(b" -7\n"), float(b"1.5"), int(bytearray(b"42")), int(b"ff", 16))
for bad in [b"12a", b"\xff1", "١٢"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(e)
    try:
        print(float(bad))
    except ValueError as e:
        print(e)
for h in ["0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0x1.fffffffffffff7p1023",
          "1.", ".8", "0x.8p1", "-0X1P+0", "0x1.000000000000080000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
          "abc.def", "0x123456789abcdef0123456789abcdef0p-100", "  0x0p99999999999999999  ", "0x1p-99999999999999"]:
    print(h, float.fromhex(h))
for bad in ["", "0x", "0xp1", "1p", "0x1.2.3", "inf1", "0x1p1 x", "0x1p1024", "0x1.fffffffffffffcp1023"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
