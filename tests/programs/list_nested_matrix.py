# Lists of lists: building, transposing and flattening.
rows = 3
cols = 4
m = []
for i in range(rows):
    row = []
    for j in range(cols):
        row.append(i * cols + j)
    m.append(row)
print(m)
t = []
for j in range(cols):
    col = []
    for i in range(rows):
        col.append(m[i][j])
    t.append(col)
print(t)
flat = []
for row in m:
    flat.extend(row)
print(flat, sum(flat))
m[1][2] = -1
print(m[1], t[2])
for row in m:
    print(" ".join(map(str, row)))
jag = [[], [1], [1, 2], [1, 2, 3]]
lens = []
for r in jag:
    lens.append(len(r))
print(lens, jag[-1][-1], jag[0])
