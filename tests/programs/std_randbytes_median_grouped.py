import random, statistics
from fractions import Fraction
from decimal import Decimal
random.seed(3)
print(random.randbytes(0), random.randbytes(1), random.randbytes(5).hex(), len(random.randbytes(33)))
r = random.Random(11)
print(r.randbytes(6), random.randbytes(True))
for bad in (-1, 1.5, "a", None):
    try:
        random.randbytes(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(statistics.median_grouped([1, 2, 2, 3, 4]), statistics.median_grouped([52, 52, 53, 54], interval=1))
print(statistics.median_grouped([1, 3, 3, 5, 7], interval=1), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.median_grouped([5]), statistics.median_grouped([2.5, 3.5, 3.5, 4.5]), statistics.median_grouped(range(10), 5))
print(statistics.median_grouped([Fraction(1, 2), Fraction(3, 2), Fraction(3, 2)]), statistics.median_grouped([1, 1, 1, 1]))
print(statistics.median_grouped([Decimal("1.5"), Decimal("2.5"), Decimal("2.5")], 1))
for bad in ([], ["a", "b"], [1, 2, 3]):
    try:
        print(statistics.median_grouped(bad, "x" if bad == [1, 2, 3] else 1))
    except (TypeError, statistics.StatisticsError) as e:
        print(type(e).__name__, e)
