# Printing many lines quickly (buffered stdout must keep order).
import sys
total = 0
for i in range(3000):
    total += i * i
    print(i, total, i % 7 == 0)
print("final", total)
print("to stderr in the middle", file=sys.stderr)
for i in range(5):
    print("tail", i, sep=":", end=";\n")
