# List operators: +, *, ==, <, in, and nested comparison.
a = [1, 2, 3]
b = [1, 2, 4]
print(a + b, a * 2, 2 * [0], [] * 5, [[]] * 2)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print(3 in a, 4 not in a, [1] in [[1], [2]], "x" in ["xy"])
print([1, [2, 3]] == [1, [2, 3]], [1, 2.0] == [1, 2], [0.1 + 0.2] == [0.3])
print(len([]), len([[], []]), bool([]), bool([0]))
print(max([3, 9, 2]), min([3, 9, 2]), sum([3, 9, 2]))
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}))
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < ["a"])
except TypeError as e:
    print("TypeError:", e)
