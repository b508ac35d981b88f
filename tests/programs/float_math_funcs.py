# A selection of math module functions.
import math
from math import sqrt, pi, floor, ceil
print(math.pi, math.e, math.inf, -math.inf)
print(sqrt(2), sqrt(16), sqrt(0), math.sqrt(1e100), sqrt(2) * sqrt(2))
print(floor(2.7), floor(-2.7), ceil(2.1), ceil(-2.1), floor(5), type(floor(2.5)).__name__)
print(floor(-0.5), ceil(-0.5), floor(1e20), ceil(-1e20), ceil(2 ** 70))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1), math.log(2 ** 1000))
print(math.sin(0), math.cos(0), round(math.sin(pi / 6), 12), round(math.cos(pi), 12))
print(math.sin(1), math.cos(1), math.sin(-pi / 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
for bad in [-1, -1e-9]:
    try:
        math.sqrt(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(math.sqrt(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
