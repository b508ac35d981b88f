# sum with start, abs on all numeric types, divmod and pow.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum(range(10), -45))
print(sum([0.5, 0.25]), sum([1, 0.5]), sum([True, True, True]), sum([10 ** 20, 10 ** 20]))
print(sum([[1], [2], []], []), sum([(1, 2), (3,)], ()))
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(-(10 ** 30)), abs(True), abs(-float("inf")))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7), divmod(0, -3))
print(pow(2, 8), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(2, 100, 97), pow(-1, 10 ** 20))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
