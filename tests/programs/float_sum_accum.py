# sum() of floats is plain left-to-right addition in 3.11.
vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0)
print(sum([1e16, 1.0, -1e16]), sum([1.0, 1e16, -1e16]))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
print(sum([], 0.0), sum([1, 2, 3], 0.5), sum([1.5, 2.5], 10))
print(sum(range(101)), sum([True, True, False]))
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total)
print(sum([1, 2.0, 3]), type(sum([1, 2, 3])).__name__)
print(sum([[1], [2, 3]], []))
print(sum([(1,), (2,)], ()))
try:
    print(sum(["a", "b"], ""))
except TypeError as e:
    print("TypeError:", e)
