# map() and filter() with builtin and named user functions (no lambdas).
def square(x):
    return x * x

def is_even(x):
    return x % 2 == 0

def add(a, b):
    return a + b

nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(list(map(square, nums)))
print(list(filter(is_even, nums)))
print(list(map(abs, nums)), list(map(str, nums)), list(map(int, ["1", "-2", "  3 "])))
print(list(map(add, [1, 2, 3], [10, 20])), list(map(float, "123")))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(str.isdigit, ["12", "a1", "٣", "", "007"])))
print(sum(map(square, range(10))), max(map(len, ["a", "abcd", "ab"])))
print(", ".join(map(str, range(5))), "".join(map(str.upper, "abc")))
m = map(square, [1, 2, 3])
print(list(m), list(m))
f = filter(is_even, range(10))
first = []
for v in f:
    first.append(v)
    if len(first) == 2:
        break
print(first, list(f))
print(sorted(map(str.lower, ["B", "a", "C"])), list(map(len, ["", "xy", "日本語"])))
