# Formatting floats with fixed, exponent, general and rounding of halves.
values = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e-7, 123456.789, 1e16, 1e22, -1234.5678, 5e-324,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan")]
for v in values:
    print(repr(v), f"{v:.0f}", f"{v:.2f}", f"{v:.3e}", f"{v:g}", f"{v:.10g}", "%s" % v, str(v))
print(f"{1e16:.0f}", f"{2 ** 0.5:.20f}", f"{0.1:.25f}")
print(f"{123.456:10.1f}|{123.456:<10.1f}|{123.456:^10.1f}|{123.456:+10.1f}|")
print(f"{9.995:.2f} {9.9949:.2f} {0.045:.2f} {1.005:.2f} {1.0005:.3f}")
print(f"{1234.5:.1e} {0.00012:.0e} {9.99e9:.1e}")
print(f"{1e100:.3g} {1e-100:.3g} {123:.1g} {0.5:.0g}")
