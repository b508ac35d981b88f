# any() and all() with various iterables.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(""), all(""), any("a"))
print(any([0, "", None, [], 0.0]), all([1, "x", [0], 0.1]), any({0: "a"}), all({1: 0}))
print(any(range(0)), all(range(1, 5)), all(range(0, 5)), any((False, True)))

def is_positive(n):
    return n > 0

def all_positive(nums):
    return all(map(is_positive, nums))

def any_positive(nums):
    return any(map(is_positive, nums))

for nums in [[1, 2, 3], [-1, 2], [-1, -2], []]:
    print(nums, all_positive(nums), any_positive(nums))
words = ["alpha", "beta", "gamma"]
print(all(map(str.islower, words)), any(map(str.isupper, words)))
