# Bracket matcher: validates nesting, reports positions, and finds max depth.
PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
OPENERS = "([{<"


def check(text):
    stack = []
    in_string = False
    for i, ch in enumerate(text):
        if ch == '"':
            in_string = not in_string
            continue
        if in_string:
            continue
        if ch in OPENERS:
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return False, f"unexpected {ch!r} at {i}"
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return False, f"mismatch: {top!r} at {pos} closed by {ch!r} at {i}"
    if in_string:
        return False, "unterminated string"
    if stack:
        ch, pos = stack[-1]
        return False, f"unclosed {ch!r} at {pos}"
    return True, "balanced"


def max_depth(text):
    depth = 0
    best = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
            if depth > best:
                best = depth
        elif ch in PAIRS:
            depth -= 1
    return best


def matching_pairs(text):
    stack = []
    pairs = []
    for i, ch in enumerate(text):
        if ch in OPENERS:
            stack.append(i)
        elif ch in PAIRS and stack:
            pairs.append((stack.pop(), i))
    pairs.sort()
    return pairs


def min_insertions(text):
    open_count = 0
    needed = 0
    for ch in text:
        if ch == "(":
            open_count += 1
        elif ch == ")":
            if open_count:
                open_count -= 1
            else:
                needed += 1
    return needed + open_count


CASES = [
    "", "()", "([]{})", "([)]", "((()", "())", "{[<>]}", "f(a[1], {b: (c)})", '"(" + x', 'print("[unbalanced")',
    '"never closed', "<<<>>>", "}{", "(日本[😀])",
]
for case in CASES:
    ok, msg = check(case)
    print(f"{case!r:24} {'OK ' if ok else 'BAD'} depth={max_depth(case)} {msg}")
print(matching_pairs("a(b[c]d){e}"))
for s in ["(()", ")(", "())(()", "((((", ""]:
    print(repr(s), "needs", min_insertions(s), "insertions")
nested = ""
for i in range(50):
    nested = "(" + nested + ")"
print(check(nested), max_depth(nested), len(matching_pairs(nested)))
