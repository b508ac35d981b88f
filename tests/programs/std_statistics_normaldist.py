# statistics.NormalDist: pdf, cdf, inv_cdf (AS241 in all three regions), properties,
# from_samples, overlap, quantiles, zscore, arithmetic, ==, hash, repr, errors.
import statistics
from fractions import Fraction
from statistics import NormalDist, StatisticsError

z = NormalDist()
n = NormalDist(100, 15)
print(z, n, repr(NormalDist(mu=1, sigma=2)), NormalDist(Fraction(1, 3), 0))
print(n.mean, n.median, n.mode, n.stdev, n.variance, z.variance)
for x in (-3.5, -1.0, 0.0, 0.5, 1.96, 8.0, 40.0, -40.0):
    print(x, z.pdf(x), z.cdf(x), n.pdf(100 + x), n.cdf(100 + 15 * x))
for p in (1e-300, 1e-20, 1e-10, 0.001, 0.025, 0.0749, 0.075, 0.1, 0.3, 0.5, 0.5000001, 0.7, 0.925, 0.975, 0.999, 1 - 1e-10, 0.9999999999999999):
    print(p, z.inv_cdf(p), n.inv_cdf(p))
print(z.quantiles(), n.quantiles(10), z.quantiles(1), len(z.quantiles(100)))
print([round(q, 3) for q in NormalDist(-5, 0.5).quantiles(5)])
print(z.zscore(1.5), n.zscore(130), n.zscore(-1))

a, b = NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)
print(a.overlap(b), b.overlap(a), a.overlap(a), a.overlap(NormalDist(2.4, 5)), NormalDist(0, 1).overlap(NormalDist(10, 1)))

samples = [2.5, 3.1, 2.1, 2.4, 2.7, 3.5]
print(NormalDist.from_samples(samples), NormalDist.from_samples(x for x in [1, 2, 4]))
print(NormalDist.from_samples([Fraction(1, 3), 2, 5.5]), NormalDist.from_samples([0.1] * 10))
print(NormalDist.from_samples([1.0, float("nan")]), NormalDist.from_samples([1.0, float("inf")]))
print(statistics.NormalDist.from_samples(range(1, 101)))


class Dist(NormalDist):
    pass


print(Dist.from_samples([1, 2, 3]), type(Dist.from_samples([1, 2, 3])).__name__, Dist(1, 2) == NormalDist(1, 2))

# arithmetic with constants and other NormalDists
print(n + 5, 5 + n, n - 5, 5 - n, n * 2, 2 * n, n * -2, n / 4, n / -4, -n, +n)
print(a + b, a - b, b - a, (a + b).stdev, a + Fraction(1, 2))
print(n == NormalDist(100, 15), n == NormalDist(100.0, 15.0), n != z, n == 100, z == None)
print(hash(n) == hash(NormalDist(100, 15)), len({n, NormalDist(100.0, 15), z}))
print(NormalDist(0, 0), NormalDist(0, 0).mean, NormalDist(3, 0).inv_cdf if False else "", NormalDist(1e308, 1e308) * 10)

# errors
checks = [
    lambda: NormalDist(0, -1),
    lambda: NormalDist(0, 0).pdf(1),
    lambda: NormalDist(0, 0).cdf(1),
    lambda: NormalDist(0, 0).zscore(1),
    lambda: NormalDist(0, 0).inv_cdf(0.5),
    lambda: z.inv_cdf(0),
    lambda: z.inv_cdf(1),
    lambda: z.inv_cdf(-0.5),
    lambda: z.overlap(3),
    lambda: z.overlap(NormalDist(1, 0)),
    lambda: NormalDist.from_samples([1]),
    lambda: NormalDist.from_samples([]),
    lambda: NormalDist.from_samples(["a", "b"]),
    lambda: NormalDist("x"),
    lambda: z + "s",
    lambda: z.quantiles(0),
    lambda: z * "s",
]
for f in checks:
    try:
        print(f())
    except (StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(StatisticsError("x"), ValueError), repr(statistics.StatisticsError("y", 2)))
try:
    raise StatisticsError("raised by the program")
except ValueError as e:
    print(type(e).__name__, e, e.args)

print(NormalDist(1, 2).samples(3, seed=42), len(z.samples(0)))
z.inv_cdf(1.5)
