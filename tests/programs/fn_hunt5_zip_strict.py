# zip(strict=True) (Python/bltinmodule.c zip_next): ValueError naming the argument that is
# shorter or longer, typed and dynamic arguments, the flag's truthiness, bad keywords.
try:
    print(list(zip([1, 2], [1], strict=True)))
except ValueError as e:
    print("ValueError:", e)
a = [1, 2]
b = [1]
try:
    for x in zip(a, b, strict=True):
        print(x)
except ValueError as e:
    print("ValueError:", e)
try:
    print(list(zip([1], [1, 2], [1, 2], strict=True)))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)))
try:
    print(list(zip(*[[1], []], strict=False)))
    print(list(zip(*[[1], []], strict=True)))
except ValueError as e:
    print("ValueError:", e)
try:
    print(list(zip([1, 2], [3, 4], [5], strict=True)))
except ValueError as e:
    print("ValueError:", e)
try:
    print(list(zip([1], [3], [5, 6], strict=True)))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3], strict=0)), list(zip("ab", "cd", strict="yes")))
try:
    zip([1], foo=1)
except TypeError as e:
    print("TypeError:", e)
def gen(n):
    for i in range(n):
        print("gen", i)
        yield i
try:
    for pair in zip(gen(3), [10, 20], strict=True):
        print(pair)
except ValueError as e:
    print("ValueError:", e)
names = ["a", "b", "c"]
scores = [1, 2, 3]
total = 0
for name, score in zip(names, scores, strict=True):
    total += score
print(total, dict(zip(names, scores, strict=True)))
print(list(zip([1, 2], [3], strict=True)))
