# Nested loops with early exit via flags and functions.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None

print(find_pair([2, 7, 11, 15], 9))
print(find_pair([3, 2, 4], 6))
print(find_pair([1, 2], 10))
grid = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
found = False
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v < 0:
            found = True
            break
    if found:
        break
print("first negative at", r, c)
for i in range(3):
    if i == 1:
        pass
    else:
        print("i", i)
table = ""
for i in range(1, 6):
    line = ""
    for j in range(1, 6):
        line += str(i * j).rjust(4)
    table += line + "\n"
print(table, end="")
