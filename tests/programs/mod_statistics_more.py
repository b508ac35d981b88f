import statistics
from fractions import Fraction
from decimal import Decimal

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(statistics.quantiles(data, n=10))
print(statistics.quantiles(data, n=4, method="inclusive"), statistics.quantiles([1, 2], n=3), statistics.quantiles([1.5, 2.5, 10.0]))
print(statistics.quantiles([Fraction(1, 3), Fraction(1, 2), Fraction(2, 3)], n=2), statistics.quantiles([Decimal("1.5"), Decimal("2.5"), Decimal(4)], n=3))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([1.5, 2.5, 9.0]), statistics.geometric_mean([2, 8]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([5]), statistics.harmonic_mean([1, 0, 3]))
print(statistics.harmonic_mean([Fraction(1, 2), Fraction(1, 3)]), statistics.harmonic_mean([Decimal("1.5"), Decimal("2.5")]), statistics.harmonic_mean([2.0, 4]))
for bad in [([1], 4, "exclusive"), (data, 0, "exclusive"), (data, 4, "median")]:
    try:
        statistics.quantiles(bad[0], n=bad[1], method=bad[2])
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [[], [1, -2], [0, 4]]:
    try:
        print(statistics.geometric_mean(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [[], [-1], [1, -3], [1, 2, 3]]:
    try:
        print(statistics.harmonic_mean(bad, weights=[1, 2, -1] if len(bad) == 3 else None))
    except ValueError as e:
        print(type(e).__name__, e)
