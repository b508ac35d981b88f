# min() and max() with iterables, several args, key and default.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min((4, 9, 2)), max("hello"), min("hello"))
print(max(["apple", "Banana", "cherry"]), min(["apple", "Banana", "cherry"]))
print(max(["apple", "Banana", "cherry"], key=str.lower), min(["apple", "Banana", "cherry"], key=len))
print(max([-7, 3, -1], key=abs), min([-7, 3, -1], key=abs), max(-3, 2, key=abs))
print(max([], default=None), min([], default="empty"), max([5], default=0))
print(max("b", "a", "c"), min("b", "ab", "abc"), max([1, 2], [1, 3]), max((1, "z"), (1, "a")))
print(max([1, 1.0, True]), min([1.0, 1, True]), max([True, 1]), max(1, 1.0))
words = ["bb", "aa", "c", "dd"]
print(max(words, key=len), min(words, key=len))
print(max({3: "a", 7: "b"}), min({"x", "y"}), max(range(10)), min(range(5, 0, -1)))
print(max(2 ** 100, 2 ** 99 * 3), min(-(10 ** 30), -1e30), max(float("-inf"), -10 ** 400))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
