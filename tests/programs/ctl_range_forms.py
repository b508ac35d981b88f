# range with various arguments, including negative steps and empty ranges.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(-3)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(list(range(-5, 5, 2)), list(range(5, -6, -5)), list(range(-1, -10, -4)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 7 in r, 8 in r, list(reversed(r)))
print(range(10 ** 20)[-1], 10 ** 19 in range(0, 10 ** 20, 7), len(range(0, 10, 3)), len(range(10, 0, -3)))
print(range(0, 5) == range(0, 5), range(0) == range(4, 2), sum(range(1, 1001)))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(range(3)[5])
except IndexError as e:
    print("IndexError:", e)
for i in range(10, 0, -2):
    print(i, end=",")
print()
