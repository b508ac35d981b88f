# open(0) reads standard input (a file descriptor instead of a path).
f = open(0)
print(f, f.name, f.mode)
first = f.readline()
print(repr(first))
total = 0
for line in f:
    total += int(line)
print(total)
f.close()
try:
    open(0)
except OSError as e:
    print(type(e).__name__, e)
try:
    open(-1)
except ValueError as e:
    print("ValueError", e)
out = open(1, "w")
print(out)
