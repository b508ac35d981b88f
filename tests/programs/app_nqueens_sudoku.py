# Backtracking solvers: N-queens counts/boards and a small sudoku.
def queens(n, row, cols, diag1, diag2, placement, solutions):
    if row == n:
        solutions.append(placement[:])
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        placement.append(c)
        queens(n, row + 1, cols, diag1, diag2, placement, solutions)
        placement.pop()
        cols.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)


def solve_queens(n):
    solutions = []
    queens(n, 0, set(), set(), set(), [], solutions)
    return solutions


def board_text(placement):
    lines = []
    n = len(placement)
    for c in placement:
        lines.append(" ".join(["."] * c + ["Q"] + ["."] * (n - c - 1)))
    return "\n".join(lines)


for n in range(1, 9):
    sols = solve_queens(n)
    print(f"{n}-queens: {len(sols)} solutions", sols[0] if sols else "")
print(board_text(solve_queens(6)[0]))

PUZZLE = [
    "53..7....",
    "6..195...",
    ".98....6.",
    "8...6...3",
    "4..8.3..1",
    "7...2...6",
    ".6....28.",
    "...419..5",
    "....8..79",
]


def parse(rows):
    grid = []
    for r in rows:
        row = []
        for ch in r:
            row.append(0 if ch == "." else int(ch))
        grid.append(row)
    return grid


def candidates(grid, r, c):
    used = set()
    for i in range(9):
        used.add(grid[r][i])
        used.add(grid[i][c])
    br = r - r % 3
    bc = c - c % 3
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            used.add(grid[i][j])
    result = []
    for v in range(1, 10):
        if v not in used:
            result.append(v)
    return result


def solve(grid, stats):
    best = None
    best_cands = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best_cands):
                    best = (r, c)
                    best_cands = cands
    if best is None:
        return True
    r, c = best
    for v in best_cands:
        stats[0] += 1
        grid[r][c] = v
        if solve(grid, stats):
            return True
    grid[r][c] = 0
    return False


grid = parse(PUZZLE)
stats = [0]
print("solved:", solve(grid, stats), "guesses:", stats[0])
for i, row in enumerate(grid):
    line = ""
    for j, v in enumerate(row):
        line += str(v)
        if j in (2, 5):
            line += " | "
    print(line)
    if i in (2, 5):
        print("-" * 15)
ok = True
for i in range(9):
    col = []
    for j in range(9):
        col.append(grid[j][i])
    if sorted(grid[i]) != list(range(1, 10)) or sorted(col) != list(range(1, 10)):
        ok = False
print("valid:", ok)
