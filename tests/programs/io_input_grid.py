# Parse a grid from stdin and find the path sums.
rows, cols = input().split()
rows = int(rows)
cols = int(cols)
grid = []
for r in range(rows):
    row = []
    for tok in input().split():
        row.append(int(tok))
    if len(row) != cols:
        raise ValueError("row " + str(r) + " has " + str(len(row)) + " values")
    grid.append(row)
best = []
for r in range(rows):
    best.append([0] * cols)
for r in range(rows):
    for c in range(cols):
        if r == 0 and c == 0:
            best[r][c] = grid[r][c]
        elif r == 0:
            best[r][c] = best[r][c - 1] + grid[r][c]
        elif c == 0:
            best[r][c] = best[r - 1][c] + grid[r][c]
        else:
            best[r][c] = min(best[r - 1][c], best[r][c - 1]) + grid[r][c]
for row in best:
    print(row)
print("min path sum:", best[rows - 1][cols - 1])
