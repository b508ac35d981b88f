import sys

def main():
    data = sys.stdin.read().split()
    idx = 0
    t = int(data[idx]); idx += 1
    out = []
    for case in range(1, t + 1):
        n = int(data[idx]); idx += 1
        arr = list(map(int, data[idx:idx + n])); idx += n
        # kadane
        best = cur = arr[0]
        for x in arr[1:]:
            cur = max(x, cur + x)
            best = max(best, cur)
        prefix = [0]
        for x in arr:
            prefix.append(prefix[-1] + x)
        evens = [x for x in arr if x % 2 == 0]
        out.append(f"Case #{case}: {best} {prefix[-1]} {len(evens)} {sorted(arr, reverse=True)[:3]}")
        q, r = divmod(sum(arr), n)
        out.append("avg %d rem %d  %.3f" % (q, r, sum(arr) / n))
        out.append(" ".join(str(x) for x in sorted(set(arr), key=lambda v: (-abs(v), v))))
    sys.stdout.write("\n".join(out) + "\n")
    print(*range(5), sep=", ", end=";\n")
    print("done", file=sys.stderr)
    print(min(arr, key=abs), max(arr, key=lambda v: v % 7, default=None))
    print(max([], default="empty"), min((), key=len, default=-1))

main()
