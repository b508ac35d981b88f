# Read a count, then that many lines of integers, and print sums.
n = int(input())
grand = 0
for i in range(n):
    line = input()
    nums = []
    for tok in line.split():
        nums.append(int(tok))
    s = sum(nums)
    grand += s
    print("line", i + 1, "sum", s, "max", max(nums) if nums else None)
print("grand total", grand)
