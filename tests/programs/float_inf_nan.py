# Infinity and NaN behaviour.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan)
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan == 0)
print(nan != nan, inf != inf, -inf == -inf, inf - 1 == inf)
print(math.inf == inf, -math.inf, math.nan)
print(float("Infinity"), float("-INF"), float("NaN"), float("+inf"))
print(1 / inf, -1 / inf, 1e308 * 10 == inf)
print(max(1.0, inf), min(-inf, 0.0))
print(str(inf), repr(-inf), repr(nan))
print([inf, nan, -inf])
print(round(2.5), abs(-inf))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(inf == 10 ** 400, inf > 10 ** 400, 10 ** 400 < inf)
