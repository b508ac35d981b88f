# Read lines until EOF, catching EOFError.
lines = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached after", len(lines), "lines")
        break
    lines.append(line)
for i, line in enumerate(lines):
    print(i, repr(line), len(line), line.upper())
words = 0
for line in lines:
    words += len(line.split())
print("words:", words)
