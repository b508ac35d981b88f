# sys.exit(0) in the middle of the program stops it successfully.
import sys

total = 0
for i in range(1, 100):
    total += i
    if total > 50:
        print("stopping at", i, "total", total)
        sys.exit(0)
    print("i", i, "total", total)
print("never printed")
