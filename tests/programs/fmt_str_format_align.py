# str.format alignment, fill, sign and type codes.
header = "{:<10}|{:^8}|{:>8}".format("Name", "Qty", "Price")
print(header)
print("-" * len(header))
for name, qty, price in [("Widget", 3, 4.5), ("Gadget", 12, 19.999), ("Thingamajig", 100, 0.05)]:
    print("{:<10}|{:^8d}|{:>8.2f}".format(name, qty, price))
print("{0:>5}{1:>5}{0:>5}".format(1, 2))
print("{:=+8.2f}|{:0=8d}|{:08d}".format(-3.5, -42, -42))
print("{:,d} {:_d} {:,.3f} {:.3%}".format(10 ** 9, 10 ** 9, 1234.5, 0.12345))
print("{:c}{:c}{:c}".format(72, 105, 0x1F600))
print("{:#b} {:#o} {:#X} {:b}".format(10, 10, 2 ** 40, -5))
print("{:10}|{:<10}|{:10}|".format(3.5, 3.5, "s"))
print("{:.3}|{:.3}|{:.10}".format("abcdef", 3.14159, 1 / 3))
print("{:d}|{:.2g}|{:g}|{:G}".format(1234, 1234.0, 1e-10, float("inf")))
print("{!r:>10}|{!s:<6}|".format("r", 5))
print("{0}{1}{0}".format("ab", "-"), "{a}{b}{a}".format(a=1, b=2))
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:s}".format(5)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
