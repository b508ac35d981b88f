# input passed around as a value (a reader function chosen at run time); its prompt is
# str()-converted and written to stdout, EOF raises EOFError like a direct call.
def read_all(read, prompt):
    rows = []
    while True:
        try:
            line = read(prompt)
        except EOFError:
            break
        rows.append(line.split())
    return rows


reader = input
rows = read_all(reader, 7)
print()
print(len(rows), rows)
print(reader is input, [input][0] is reader)
total = sum(int(x) for r in rows for x in r)
print("total", total)
