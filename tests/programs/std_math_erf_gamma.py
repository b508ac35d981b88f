# math.erf, erfc, gamma and lgamma: values to the last bit (repr), special values and
# CPython's ValueError / OverflowError, and a normal CDF built on erf.
import math


def show(name, f, xs):
    for x in xs:
        try:
            print(name, repr(x), repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(name, repr(x), type(e).__name__, e)


pts = [0.0, -0.0, 0.5, -0.5, 1.0, 1.5, 2.5, 3.0, 5.9, 6.1, 10.0, 27.5, -3.7, 1e-5, -1e-5, 0.1, 30.0, -30.0]
show("erf", math.erf, pts + [math.inf, -math.inf])
show("erfc", math.erfc, pts + [math.inf, -math.inf, 40.0])
show("gamma", math.gamma, pts + [1, 2, 5, 23, 24, 0.25, 100.5, 141.3, 171.5, 171.7, 200.5, -0.5, -1.5, -150.3, -199.9, -200.5, 1e-25, -1e-25, math.inf, -math.inf, 0, -1, -2.0])
show("lgamma", math.lgamma, pts + [1, 2, 3, 0.25, 100.5, 1e6, 1e300, -0.5, -2.5, -150.3, 1e-25, -1e-25, math.inf, -math.inf, 0, -3])
print(math.isnan(math.gamma(math.nan)), math.isnan(math.lgamma(math.nan)), math.isnan(math.erf(math.nan)))
print(math.gamma(True), math.lgamma(10 ** 3), math.erf(2))


def normal_cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * (1.0 + math.erf((x - mu) / (sigma * math.sqrt(2.0))))


for z in (-3, -1.96, -1, 0, 0.5, 1, 1.96, 3):
    print(f"P(Z <= {z:5}) = {normal_cdf(z):.10f}")
print(sum(math.lgamma(k) for k in range(1, 200)))
try:
    math.erf("x")
except TypeError as e:
    print("TypeError", e)
try:
    math.gamma(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(math.gamma(-171.5) < 0, math.gamma(0.5) ** 2)
