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


# Several scalar arguments of one type (compiled without a vector): the first of equal
# values wins, NaN and signed zeros keep CPython's pairwise order, big ints and strs.
def three(a, b, c):
    return min(a, b, c), max(a, b, c), min(a, b), max(c, a)


print(three(3, -7, 2**80), three(-(2**70), 5, 5))
nan = float("nan")
print(min(nan, 1.0), min(1.0, nan), max(nan, 2.0), max(2.0, nan, 3.0))
print(min(0.0, -0.0), min(-0.0, 0.0), max(0.0, -0.0), max(-0.0, 0.0))
print(min(True, False), max(False, True, False), min("b", "a", "c"), max("é", "e", "z"))
print(repr(min("", "a")), max(1.5, -float("inf"), float("inf")))
