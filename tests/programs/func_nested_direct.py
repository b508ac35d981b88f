# Nested helpers that are only called (typed direct calls) next to ones used as values.


def fib_memo(n):
    memo = {}

    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        r = fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r

    return fib(n), len(memo)


print(fib_memo(10), fib_memo(0), fib_memo(150))


def islands(grid):
    rows, cols = len(grid), len(grid[0]) if grid else 0
    seen = [[False] * cols for _ in range(rows)]

    def dfs(r, c):
        if r < 0 or c < 0 or r >= rows or c >= cols:
            return 0
        if seen[r][c] or grid[r][c] == "~":
            return 0
        seen[r][c] = True
        return 1 + dfs(r + 1, c) + dfs(r - 1, c) + dfs(r, c + 1) + dfs(r, c - 1)

    sizes = []
    for r in range(rows):
        for c in range(cols):
            s = dfs(r, c)
            if s:
                sizes.append(s)
    return sorted(sizes, reverse=True)


print(islands(["##~~#", "#~~##", "~~#~~", "###~#"]), islands([]))


def counters():
    count = 0
    total = 0

    def bump(by=1, *, scale=1):
        nonlocal count, total
        count += 1
        total += by * scale
        return count

    bump()
    bump(5)
    bump(by=-2, scale=3)
    r = bump(10**20)
    return count, total, r


print(counters())


def varargs():
    def join(sep, *parts, end="!", **extra):
        s = sep.join(str(p) for p in parts) + end
        if extra:
            s += " " + repr(sorted(extra.items()))
        return s

    print(join("-", 1, 2, 3))
    print(join("", end="?"))
    print(join(", ", "a", "b", end="", x=1, y=[2]))


varargs()


def bad_calls():
    def two(a, b):
        return a + b

    for args in [(1,), (1, 2, 3)]:
        try:
            print(two(*args))
        except TypeError as e:
            print("TypeError:", e)
    try:
        print(two(1))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(two(1, c=2))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(two(1, 2, 3))
    except TypeError as e:
        print("TypeError:", e)
    print(two("x", "y"), two([1], [2]), two(1.5, -2))


bad_calls()


def late_binding():
    def show():
        return x * 2

    try:
        print(show())
    except NameError as e:
        print("NameError:", e)
    x = 1
    print(show())
    x = "ab"
    print(show())


late_binding()


def before_def():
    out = []
    for i in range(3):
        if i > 0:
            out.append(helper(i))

        def helper(k):
            return k * 10

    return out


print(before_def())


def as_values(words):
    def key(w):
        return (len(w), w)

    def shout(w):
        return w.upper()

    def used(w):
        return w[::-1]

    return sorted(words, key=key), list(map(shout, words)), [used(w) for w in words]


print(as_values(["pear", "fig", "apple", "", "kiwi"]))


def siblings(n):
    def valid(x):
        return x % 3 != 0

    def walk(x):
        if x == 0:
            return []
        rest = walk(x - 1)
        if valid(x):
            rest.append(x)
        return rest

    return walk(n)


print(siblings(10), siblings(0))


def two_levels(xs):
    def outer_helper(ys):
        def inner(y):
            return y * y - 1

        return [inner(y) for y in ys if inner(y) > 0]

    return outer_helper(xs), outer_helper([])


print(two_levels([0, 1, 2, -3, 4]))


def mixed_returns(v):
    def describe(x):
        if x is None:
            return "none"
        if x < 0:
            return -x
        return x / 2

    return [describe(v), describe(None), describe(-v)]


print(mixed_returns(7), mixed_returns(-4))


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]

    def fill(self, x, y, v):
        def inside(a, b):
            return 0 <= a < self.w and 0 <= b < self.h

        def flood(a, b):
            if not inside(a, b) or self.cells[b][a] == v:
                return 0
            self.cells[b][a] = v
            return 1 + flood(a + 1, b) + flood(a - 1, b) + flood(a, b + 1) + flood(a, b - 1)

        return flood(x, y)


g = Grid(4, 3)
print(g.fill(1, 1, 7), g.fill(0, 0, 7), g.fill(2, 2, 9), g.cells)


def gen_with_helper(n):
    def sq(k):
        return k * k

    for i in range(n):
        yield sq(i) - sq(i - 1)


print(list(gen_with_helper(6)))


def raises(n):
    def check(k):
        if k > 2:
            raise ValueError(f"too big: {k}")
        return k

    out = []
    for i in range(n):
        try:
            out.append(check(i))
        except ValueError as e:
            out.append(str(e))
    return out


print(raises(5))


def fresh_cells(i):
    acc = [i]

    def add(v):
        acc.append(v + acc[0])
        return len(acc)

    add(1)
    add(2)
    return acc


print(fresh_cells(10), fresh_cells(-1))


def shadow_global():
    def len(x):
        return 42

    return len([1, 2])


print(shadow_global(), len([1, 2]))


def big_ints(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)

    return fact(n), fact(0)


print(big_ints(30))


def sibling_cells(limit, words):
    seen = set()

    def ok(w):
        return len(w) <= limit and w not in seen

    def take(w):
        if ok(w):
            seen.add(w)
            return True
        return False

    def gen():
        for w in words:
            if ok(w):
                yield w.upper()

    def by_value(w):
        return take(w) or w == ""

    first = list(gen())
    kept = [w for w in words if take(w)]
    again = list(filter(by_value, words))
    return first, kept, again, sorted(seen)


print(sibling_cells(3, ["ab", "abcd", "ab", "xyz", "", "q"]))


def sibling_shadow(base):
    step = 2

    def add(x):
        return x + base + step

    def uses_own_base(values):
        base = 100
        return [add(v) + base for v in values]

    def uses_comp_name(values):
        return [add(step) for step in values]

    return uses_own_base([1, 2]), uses_comp_name([5, 6])


print(sibling_shadow(10))


def lambdas(points):
    dist = lambda a, b: abs(a[0] - b[0]) + abs(a[1] - b[1])
    scale = lambda v, k=2: v * k
    key = lambda p: (p[1], p[0])
    origin = (0, 0)
    total = 0
    for p in points:
        total += scale(dist(p, origin))
    by_key = sorted(points, key=key)

    def farthest():
        return max(dist(p, origin) for p in points) if points else None

    near = lambda: [p for p in points if dist(p, origin) < 3]
    try:
        dist(origin)
    except TypeError as e:
        print("TypeError:", e)
    return total, scale(5, k=-1), scale("ab"), by_key, farthest(), near()


print(lambdas([(1, 2), (-3, 0), (2, -2)]), lambdas([]))


def final(n):
    def deep(k):
        if k == 0:
            return {}["missing"]
        return deep(k - 1)

    return deep(n)


final(3)
