import sys
first = sys.stdin.buffer.readline()
print(repr(first), first.split())
n = int(first)
rows = [list(map(int, sys.stdin.buffer.readline().split())) for _ in range(n)]
print(rows, [sum(r) for r in rows])
print(sys.stdin.buffer.read(3))
print(sys.stdin.buffer.readline(4), sys.stdin.buffer.readline(100))
print(sys.stdin.buffer.readline().rstrip())
for line in sys.stdin.buffer:
    print(line, line.decode().strip().upper())
    if b"stop" in line:
        break
data = sys.stdin.buffer.read().split()
print(data, sum(map(int, data)), [float(x) for x in data[:2]])
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline(), sys.stdin.buffer.readlines())
print(sys.stdin.name, sys.stdin.encoding, sys.stdin.closed, sys.stdout.mode, sys.stdin.buffer)
out = sys.stdout.buffer
print("text first")
out.write(b"bytes " + str(n).encode() + b"\n")
sys.stdout.write("then text\n")
print(out.write(bytearray(b"ba\n")))
sys.stdout.buffer.flush()
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.readlines())
try:
    out.write("str")
except TypeError as e:
    print("TypeError", e)
