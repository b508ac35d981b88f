# Real-style nested helpers: a recursive-descent parser (mutual recursion, nonlocal), backtracking, memoised closures.
def evaluate(text):
    pos = 0
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(int(text[i:j]))
            i = j
        else:
            tokens.append(ch)
            i += 1

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def advance():
        nonlocal pos
        t = peek()
        pos += 1
        return t

    def expr():
        v = term()
        while peek() in ("+", "-"):
            if advance() == "+":
                v += term()
            else:
                v -= term()
        return v

    def term():
        v = factor()
        while peek() in ("*", "/", "%"):
            op = advance()
            rhs = factor()
            if op == "*":
                v *= rhs
            elif op == "/":
                v //= rhs
            else:
                v %= rhs
        return v

    def factor():
        t = advance()
        if t == "(":
            v = expr()
            if advance() != ")":
                raise SyntaxError("expected )")
            return v
        if t == "-":
            return -factor()
        if isinstance(t, int):
            return t
        raise SyntaxError(f"unexpected {t!r}")

    result = expr()
    if pos != len(tokens):
        raise SyntaxError(f"trailing {tokens[pos:]}")
    return result


for src in ["1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) * 2 ** 1", "2 * (3 + 4) * 5 - 6 / 2", "7 % 4 - -3", "99999999999 * 99999999999", "1 / 0", "(1 + 2", "3 +"]:
    try:
        print(src, "=", evaluate(src))
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)


def make_counter():
    counts = {}

    def add(word):
        counts[word] = counts.get(word, 0) + 1

    def top(n):
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    for w in "the cat and the hat and the bat".split():
        add(w)
    return top(3)


print(make_counter())


def solve_queens(n):
    cols = set()
    d1 = set()
    d2 = set()
    count = 0

    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c)

    place(0)
    return count


print([solve_queens(n) for n in range(1, 9)])


def perms(items):
    out = []

    def backtrack(path, remaining):
        if not remaining:
            out.append(tuple(path))
            return
        for i in range(len(remaining)):
            path.append(remaining[i])
            backtrack(path, remaining[:i] + remaining[i + 1:])
            path.pop()

    backtrack([], list(items))
    return out


print(perms("abc"), len(perms(range(5))))


def memo_paths(grid):
    h, w = len(grid), len(grid[0])
    cache = {}

    def paths(r, c):
        if r >= h or c >= w or grid[r][c] == 1:
            return 0
        if (r, c) == (h - 1, w - 1):
            return 1
        key = (r, c)
        if key not in cache:
            cache[key] = paths(r + 1, c) + paths(r, c + 1)
        return cache[key]

    return paths(0, 0)


print(memo_paths([[0] * 18 for _ in range(18)]), memo_paths([[0, 1], [1, 0]]))
