# Reads all of stdin: a word/number report.
import sys

data = sys.stdin.read()
lines = data.splitlines()
print("chars", len(data), "lines", len(lines), "ends with newline", data.endswith("\n"))
words = data.split()
print("words", len(words), "unique", len(set(w.lower().strip(".,;:!?") for w in words)))
nums, bad = [], []
for w in words:
    try:
        nums.append(int(w))
    except ValueError:
        try:
            nums.append(float(w))
        except ValueError:
            bad.append(w)
print("numbers", nums)
print("sum", sum(nums), "max", max(nums) if nums else None)
counts = {}
for w in bad:
    key = w.lower().strip(".,;:!?\"'")
    if key:
        counts[key] = counts.get(key, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print(f"{w:<12}{c:>3} {'*' * c}")
for i, line in enumerate(lines, 1):
    stripped = line.strip()
    if not stripped:
        print(f"{i:>3}: <blank>")
    elif stripped.startswith("#"):
        print(f"{i:>3}: comment {stripped[1:].strip()!r}")
    else:
        print(f"{i:>3}: {len(stripped):>3} {stripped[:30]!r}{'...' if len(stripped) > 30 else ''}")
cols = [line.split("\t") for line in lines if "\t" in line]
print("tab rows", cols)
longest = max(lines, key=len) if lines else ""
print("longest", repr(longest), len(longest))
print("upper first", [l[:1].upper() + l[1:] for l in lines[:3]])
print(repr(data[-10:]))
rest = sys.stdin.read()
print("after EOF", repr(rest))
