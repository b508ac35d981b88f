# sorted() and list.sort with keys, reverse and stability.
nums = [5, -3, 2, -8, 0, 7, -1, 3]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(nums)
nums.sort()
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
words.sort(key=str.lower, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(pairs))
print(sorted(pairs, reverse=True))

def second(p):
    return p[1]

def first(p):
    return p[0]

print(sorted(pairs, key=second))
print(sorted(pairs, key=first))
print(sorted(pairs, key=first, reverse=True))
print(sorted([]), sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([1.5, 1, True, 0.5, False]))
print(sorted([[2, 1], [1, 2, 3], [1, 2], []]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2]) is not None, [3, 1, 2].sort())
