import statistics
from statistics import mean, median, stdev
from fractions import Fraction
from decimal import Decimal

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), statistics.fmean(data), median(data), statistics.median_low(data), statistics.median_high(data))
print(mean([1, 2, 3, 4, 4]), mean([1.5, 2.5, 3.25]), mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)]))
print(mean([1, 2]), mean([True, False, True]), mean([1, 2.0, Fraction(1, 2)]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([1.0, 2]), median(["b", "a", "c"]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(["red", "blue", "blue", "red", "green"]))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]), statistics.multimode([3, 1, 2]))
print(statistics.variance(data), statistics.pvariance(data), stdev(data), statistics.pstdev(data))
print(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(statistics.variance([1, 2, 3, 4, 5, 6]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(statistics.variance([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)]))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.variance(data, 5), statistics.pvariance(data, mu=5.0), statistics.stdev([1, 2, 3], 2))
print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(statistics.stdev([10**20, 10**20 + 1, 10**20 + 2]), statistics.pstdev([1, 1, 1]))
print(mean([0.1, 0.2, 0.3]), statistics.fmean([0.1, 0.2, 0.3]), mean(range(1, 11)))
print(mean([float("inf"), 1.0]), statistics.variance([1, 2, float("nan")]))
try:
    mean([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    median([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    statistics.mode([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    statistics.variance([1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    statistics.stdev([1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    statistics.pvariance([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    statistics.fmean([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    mean(["a", "b"])
except TypeError as e:
    print(e)
print(statistics.median([3, 1, 2]) + 1)
print(mean([Decimal("0.5"), Decimal("0.75"), Decimal("0.625"), Decimal("0.375")]), mean([Decimal("1.1"), 2, Decimal("3.3")]), mean([Decimal(1), Decimal(3)]))
print(median([Decimal("1.5"), Decimal("2.5")]), statistics.variance([Decimal("1.5"), Decimal("2.5"), Decimal("4")]), statistics.pvariance([Decimal("0.1"), Decimal("0.2")]))
print(mean([Decimal(1), Decimal(2), Decimal(2)]), statistics.variance([Decimal(1), Decimal(2)], Decimal("1.5")))
statistics.mean([])
