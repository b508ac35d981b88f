# Chained comparisons evaluate each operand once and short-circuit.
def show(label, value):
    print("eval", label)
    return value

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0 < 5)
print(0 <= 0 < 1 <= 1, -5 < -3 <= -3 < 0)
print("a" < "b" < "c", [1] < [2] < [3], (1, 2) <= (1, 2) < (1, 3))
r = show("a", 1) < show("b", 2) < show("c", 3)
print(r)
r = show("a", 5) < show("b", 2) < show("c", 3)
print(r)
x = 7
if 0 < x < 10:
    print("x in range")
if not 0 < x < 5:
    print("x not below 5")
print(1 < 2 == True, (1 < 2) == True, 2 in [1, 2] in [[1, 2]])
one = 1
print(None is None is None, one is not None, one is None)
