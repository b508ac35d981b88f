# Date-free calendars and tables with str.format alignment.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def weekday(y, m, d):
    # Zeller-like: 0 = Monday
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d - 1) % 7


def month_text(y, m):
    lines = ["{:^20}".format(f"{MONTHS[m - 1]} {y}"), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + ["{:>2}".format(d) for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines


for m in (2, 9):
    for line in month_text(2024, m):
        print(line.rstrip())
    print()

a, b = month_text(2023, 1), month_text(2023, 2)
for i in range(max(len(a), len(b))):
    left = a[i] if i < len(a) else ""
    right = b[i] if i < len(b) else ""
    print("{:<22}{}".format(left, right).rstrip())

print()
print("{:=^40}".format(" multiplication "))
print("    |" + "".join("{:>4}".format(j) for j in range(1, 10)))
print("----+" + "-" * 36)
for i in range(1, 10):
    print("{:>3} |".format(i) + "".join(format(i * j, ">4") for j in range(1, 10)))

rows = [("Widget", 4, 3.5), ("Gadget extra long name", 12, 0.25), ("Thing", 1000, 1234.5678), ("", 0, -0.0)]
print()
print("{0:<12.12}|{1:^8}|{2:>12}|{3:+.1e}".format("name", "qty", "price", 12345.678))
for name, q, p in rows:
    print("{0:<12.12}|{1:^8d}|{2:>12,.2f}|{2:+.1e}".format(name, q, p))
print("{:*>10}|{:#<10}|{:^10}|".format("r", "l", "mid"))
print("{:08.3f}|{:+08d}|{:x}|{:#X}|{:#o}|{:b}".format(-3.14159, 42, 255, 255, 8, 5))
print("{:,}|{:_}|{:,.3f}|{:.0%}|{:10.4%}".format(1234567, 7654321, 1234.5, 0.256, 1 / 3))
print("{:e}|{:.3g}|{:g}|{:g}|{:G}".format(123456.789, 0.000123456, 1e20, 1e-5, 1e-20))
print("{!r:>8}|{!s:<6}|{:>{w}}|{:.{p}f}".format("a", "b", "c", 2.0 / 3, w=5, p=3))
print("%-10s|%5d|%-8.3f|%x|%05.1f|%s" % ("pct", 42, 3.14159, 3054, 2.25, [1, 2]))
print("%(a)s=%(b)04d %c %r %%" % {"a": "key", "b": 7} if False else "%s=%04d %c %r %%" % ("key", 7, 65, "q"))
print(f"{'x':>{3}}{'y':<{4}}|{12.5:{'>'}{8}.2f}|{-7:=8}|{7:=+8}|{'é':^5}|")
total_days = sum(days_in(2024, m) for m in range(1, 13))
print(f"2024 has {total_days} days; leap years 1900-2100: {sum(is_leap(y) for y in range(1900, 2101))}")
for y in (1900, 2000, 2023, 2024):
    print(f"{y}: {'leap' if is_leap(y) else 'common':<6} starts on {['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][weekday(y, 1, 1)]}")
width = max(len(mn) for mn in MONTHS)
for i in range(0, 12, 3):
    print(" | ".join(f"{MONTHS[k]:<{width}} {days_in(2024, k + 1):>2}" for k in range(i, i + 3)))
print("{:>5}".format(True), "{:d}".format(True), format(True, "^5"), f"{None!s:>6}", format(3.0, "n"))
