# Statistics report over CSV-like text parsed by hand.
import statistics

DATA = """name, region, units, price, rating
alpha, north, 12, 3.50, 4.5
beta, south, 7, 12.25, 3.9
gamma, north, x9, 8.00, 4.1
delta, east, 15, 2.75, 
epsilon, south, 3, 19.99, 4.8
zeta, west, 22, 1.10, 2.2
eta, east, -4, 5.00, 3.3
theta, north, 9, 1e3, 5.0
iota, west, 11, 7.5.0, 4.0
kappa, south, 0x10, 4.40, 4.4
lambda, east, 6, nan, 3.0
mu, west, 8, inf, 1.5
nu, north, , 2.00, 2.5
"""


def parse(text):
    lines = [ln for ln in text.strip().split("\n")]
    header = [h.strip() for h in lines[0].split(",")]
    rows, errors = [], []
    for lineno, ln in enumerate(lines[1:], start=2):
        parts = [p.strip() for p in ln.split(",")]
        if len(parts) != len(header):
            errors.append((lineno, f"expected {len(header)} fields, got {len(parts)}"))
            continue
        rec = dict(zip(header, parts))
        try:
            rec["units"] = int(rec["units"])
        except ValueError as e:
            errors.append((lineno, str(e)))
            continue
        try:
            rec["price"] = float(rec["price"])
        except ValueError as e:
            errors.append((lineno, str(e)))
            continue
        try:
            rec["rating"] = float(rec["rating"]) if rec["rating"] else None
        except ValueError as e:
            errors.append((lineno, repr(e)))
            continue
        rows.append(rec)
    return header, rows, errors


header, rows, errors = parse(DATA)
print("columns:", header)
print("parsed", len(rows), "rows;", len(errors), "errors")
for lineno, msg in errors:
    print(f"  line {lineno:>3}: {msg}")

finite = [r for r in rows if r["price"] == r["price"] and r["price"] != float("inf")]
prices = [r["price"] for r in finite]
units = [r["units"] for r in rows]
print("units:", units, "sum", sum(units))
print("mean units", statistics.mean(units), "median", statistics.median(units))
print("pstdev units %.6f" % statistics.pstdev(units))
print("stdev prices", round(statistics.stdev(prices), 4))
print("fmean prices", statistics.fmean(prices))
print("quantiles", statistics.quantiles(units, n=4))
print("mode region", statistics.mode([r["region"] for r in rows]))
print("harmonic", statistics.harmonic_mean([u for u in units if u > 0]))

by_region = {}
for r in rows:
    by_region.setdefault(r["region"], []).append(r)
print()
print(f"{'region':<8}|{'n':>3}|{'units':>7}|{'revenue':>12}|{'avg rating':>11}")
print("-" * 8 + "+" + "-" * 3 + "+" + "-" * 7 + "+" + "-" * 12 + "+" + "-" * 11)
for region in sorted(by_region):
    rs = by_region[region]
    revenue = sum(r["units"] * r["price"] for r in rs)
    ratings = [r["rating"] for r in rs if r["rating"] is not None]
    avg = sum(ratings) / len(ratings) if ratings else float("nan")
    print(f"{region:<8}|{len(rs):>3}|{sum(r['units'] for r in rs):>7}|{revenue:>12.2f}|{avg:>11.3f}")

best = max(rows, key=lambda r: (r["rating"] or 0, -r["units"]))
worst = min(rows, key=lambda r: r["rating"] if r["rating"] is not None else 99)
print("best:", best["name"], best["rating"], "worst:", worst["name"], worst["rating"])
print("sorted by price:", [r["name"] for r in sorted(rows, key=lambda r: r["price"])])
total = sum(r["price"] for r in rows)
print("total price", total, "is nan:", total != total)
print("max price", max(r["price"] for r in rows))
print(f"{'share':>8}")
grand = sum(r["units"] for r in rows if r["units"] > 0)
for r in rows:
    if r["units"] > 0:
        print(f"{r['name']:>8} {r['units'] / grand:8.2%} {'#' * (r['units'] * 30 // grand)}")
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
for bad in ["", " 12 ", "1_000", "١٢", "3.0", "+7", "--1"]:
    try:
        print(repr(bad), "->", int(bad))
    except ValueError as e:
        print(repr(bad), "->", e)
for bad in ["1e", ".5", "5.", "-inf", "  nan ", "1_0.5", "0x1p3", "infinity"]:
    try:
        print(repr(bad), "->", float(bad))
    except ValueError as e:
        print(repr(bad), "->", e)
