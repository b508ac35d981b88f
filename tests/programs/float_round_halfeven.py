# round() uses half-to-even on the exact stored binary value.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]:
    print(v, round(v), type(round(v)).__name__)
for v in [2.675, 2.665, 1.005, 0.125, 0.375, 1.25, 1.35, 0.045, -1.25]:
    print(v, round(v, 2), round(v, 1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(123456789, -5), round(5, 0), round(7, 2), type(round(7, 2)).__name__)
print(round(3.14159, 3), round(3.14159, 0), round(2.0 / 3, 5))
print(round(1e20), round(1.5e300, -299))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(10 ** 20 + 5, -1), round(10 ** 20 + 15, -1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
