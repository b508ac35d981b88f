# Recursion with nested helper functions, mutual recursion and accumulators in closures.
def permutations_count(items):
    seen = []

    def walk(prefix, remaining):
        if not remaining:
            seen.append("".join(prefix))
            return
        for i, ch in enumerate(remaining):
            if ch in remaining[:i]:
                continue               # skip duplicate letters at this position
            walk(prefix + [ch], remaining[:i] + remaining[i + 1:])

    walk([], sorted(items))
    return seen


print(permutations_count("aab"), len(permutations_count("abcd")))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(n) for n in range(6)], is_odd(301))


def subsets_with_sum(nums, target):
    found = []

    def search(i, chosen, total):
        if total == target:
            found.append(tuple(chosen))
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            chosen.append(nums[j])
            search(j + 1, chosen, total + nums[j])
            chosen.pop()

    search(0, [], 0)
    return found


print(subsets_with_sum([1, 2, 3, 4, 5, 6], 7))


def flatten_dict(d, parent=""):
    out = {}
    for k, v in d.items():
        key = f"{parent}.{k}" if parent else k
        if isinstance(v, dict) and v:
            out.update(flatten_dict(v, key))
        else:
            out[key] = v
    return out


print(flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3, "f": {}}}, "g": [4]}))


def hanoi(n):
    moves = []

    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        moves.append((k, src, dst))
        move(k - 1, via, dst, src)

    move(n, "A", "C", "B")
    return moves


print(hanoi(3), len(hanoi(10)))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(5)], ackermann(3, 3))


def depth(nested):
    if not isinstance(nested, list):
        return 0
    return 1 + max((depth(x) for x in nested), default=0)


print(depth([]), depth([1, [2, [3, [4]]]]), depth(5), depth([[], [[]]]))
