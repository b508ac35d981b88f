# Thousands separators and padding for ints of many sizes.
for n in [0, 7, -7, 999, 1000, -1000, 123456, 1234567, 10 ** 9, -(10 ** 12), 2 ** 64, 10 ** 30 + 1]:
    print(f"{n:,}", f"{n:_}", f"{n:>20,}", f"{n:+,}", f"{n:x}", f"{n:_x}", f"{n:#_b}" if abs(n) < 5000 else "")
print(f"{1234.5678:,.2f}", f"{-1234567.891:_.1f}", f"{0.001:,.4f}", f"{1e20:,.0f}")
print(f"{42:010,}", f"{-42:010,}", f"{1234:08,}")
print("{:,}".format(2 ** 100))
