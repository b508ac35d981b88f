# Exponentiation: integer powers, negative exponents, 3-argument pow.
print(pow(2, 10), pow(2, -2), pow(-3, 3), pow(0, 0))
print(pow(3, 200, 1000), pow(2, 1000, 10 ** 9 + 7))
print(pow(7, 0, 5), pow(7, 1, 1), pow(-2, 5, 7), pow(2, 5, -7))
print(pow(3, -1, 7), pow(10, -1, 17))
print(pow(2, 100, 2 ** 61 - 1))
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, -8 ** 2)
print(10 ** 18, 10 ** 19, 10 ** 20)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(1.5 ** 2, 2 ** -1.0)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print("ValueError:", e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print("TypeError:", e)
