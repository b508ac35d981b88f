# Conditional expressions (a if cond else b), including nesting.
def classify(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"

for n in [-5, 0, 3]:
    print(n, classify(n))

def sign(n):
    return -1 if n < 0 else (0 if n == 0 else 1)

print([sign(-9), sign(0), sign(12)])
for i in range(1, 16):
    print("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i, end=" ")
print()
values = [3, None, 0, "", "text"]
for v in values:
    label = "none" if v is None else ("falsy" if not v else "truthy")
    print(repr(v), label)
a, b = 10, 20
print(a if a > b else b, (a if a < b else b) * 2)
print("even" if 7 % 2 == 0 else "odd", 1 if True else 1 / 0)
