# statistics.covariance, correlation and linear_regression (3.10+): floats, ints,
# Fractions, the namedtuple result, and CPython's StatisticsError / TypeError messages.
import statistics
from fractions import Fraction
from decimal import Decimal

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(statistics.covariance(x, y), statistics.covariance(x, z), statistics.covariance(z, x))
print(statistics.correlation(x, x), statistics.correlation(x, z), statistics.correlation(x, y))
temps = [-3.5, 0.0, 2.25, 7.75, 11.0, 15.5]
sales = [12, 15, 19, 26, 33, 38]
print(statistics.correlation(temps, sales), statistics.covariance(temps, sales))
r = statistics.linear_regression(temps, sales)
print(r, r.slope, r.intercept, type(r).__name__, r._fields)
slope, intercept = r
print(round(slope * 20 + intercept, 6))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(statistics.linear_regression(range(5), (3 * i + 1 for i in range(5)) if False else [1, 4, 7, 10, 13]))
print(statistics.covariance([Fraction(1, 2), Fraction(3, 2), 2], [1, 2, 4]))
print(statistics.correlation((1.5, 2.5), (10, -10)))
for args in [([1], [2]), ([1, 2], [1, 2, 3]), ([1, 1, 1], [1, 2, 3]), ([1, 2, 3], [5, 5, 5])]:
    for f in (statistics.covariance, statistics.correlation, statistics.linear_regression):
        try:
            print(f.__name__, f(*args))
        except statistics.StatisticsError as e:
            print(f.__name__, "StatisticsError:", e)
try:
    statistics.covariance([Decimal("1.5"), Decimal(2)], [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    statistics.correlation(iter([1, 2]), [1, 2])
except TypeError as e:
    print("TypeError:", e)
print(statistics.linear_regression([0, 1, 2], [1, 3, 5]) == (2.0, 1.0))
