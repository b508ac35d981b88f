# enumerate, zip, reversed, range iteration patterns.
names = ["ann", "bob", "cy"]
ages = [31, 25, 47, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
for i, n in enumerate(names, start=-2):
    print(i, n)
for n, a in zip(names, ages):
    print(n, a)
print(list(zip(names, ages)), list(zip()), list(zip([], ages)), list(zip("ab", "xyz", [1, 2, 3])))
print(list(enumerate("xy")), list(reversed(names)), list(reversed(range(4))), list(reversed("abc")))
print(names)
for x in reversed([]):
    print("never")
total = 0
for i, (n, a) in enumerate(zip(names, ages)):
    total += i * a
print(total)
pairs = list(zip([1, 2, 3], ["a", "b", "c"]))
nums = []
letters = []
for p in pairs:
    nums.append(p[0])
    letters.append(p[1])
print(nums, letters)
