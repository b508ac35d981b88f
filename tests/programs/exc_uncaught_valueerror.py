# An uncaught ValueError raised deep inside nested calls.
def parse_line(line):
    parts = line.split(",")
    return parse_parts(parts)

def parse_parts(parts):
    values = []
    for p in parts:
        values.append(int(p))
    return values

def total(lines):
    s = 0
    for line in lines:
        s += sum(parse_line(line))
        print("running total", s)
    return s

print(total(["1,2,3", "4,5", "6,seven,8", "9"]))
