# CPython 3.11 limits int<->str conversion to 4300 digits by default.
ok = 10 ** 4299
print(len(str(ok)), str(ok)[:5])
big = 10 ** 4300
try:
    s = str(big)
    print("converted", len(s))
except ValueError as e:
    print("ValueError:", e)
try:
    print(big)
except ValueError as e:
    print("print failed: ValueError")
try:
    n = int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
n = int("7" * 4300)
print(n % 1000, len(hex(big)))
print(big % 997, big // 10 ** 4299)
