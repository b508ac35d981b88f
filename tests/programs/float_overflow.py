# OverflowError: float results too large, int too large for float.
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("pow:", type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("float(int):", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("truediv:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("mul:", e)
try:
    print(1e300 ** 2)
except OverflowError as e:
    print("float pow:", e)
print(1e300 * 1e300)
print(10 ** 400 // 3 > 0)
print((10 ** 400) / (10 ** 399))
try:
    print(2 ** 10000 + 0.5)
except OverflowError as e:
    print("add:", e)
try:
    print(float("1e400"))
except OverflowError as e:
    print("never", e)
