# Hunt: a CSV sales report with csv, statistics and decimal (found: defaultdict(Decimal) refused the stdlib class as a factory).
import csv
import io
import statistics
from decimal import Decimal, ROUND_HALF_UP
from collections import defaultdict

DATA = """region,product,units,price
North,Widget,10,2.50
North,Gadget,3,10.00
South,Widget,7,2.55
South,Gizmo,1,99.99
East,Widget,12,2.45
East,Gadget,5,9.95
West,Gizmo,2,101.50
West,Widget,0,2.50
"""
rows = list(csv.DictReader(io.StringIO(DATA)))
totals = defaultdict(Decimal)
units = defaultdict(list)
for r in rows:
    amt = Decimal(r["units"]) * Decimal(r["price"])
    totals[r["region"]] += amt
    units[r["product"]].append(int(r["units"]))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "total", "share"])
grand = sum(totals.values())
for region, t in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    share = (t / grand * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    w.writerow([region, t, f"{share}%"])
w.writerow(["TOTAL", grand, "100.00%"])
print(out.getvalue(), end="")
for p, us in sorted(units.items()):
    print(p, statistics.mean(us), statistics.median(us), statistics.pstdev(us), statistics.mode(us))
prices = [float(r["price"]) for r in rows]
print(round(statistics.stdev(prices), 4), statistics.quantiles(prices, n=4), statistics.fmean(prices))
print(statistics.harmonic_mean([2.5, 10.0, 2.55]), statistics.geometric_mean([1, 2, 4]))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal(1) / Decimal(7), Decimal("10") ** 20, Decimal("1.10") + Decimal("2.20"), Decimal("3.0") * 2)
dw = csv.DictWriter(out2 := io.StringIO(), fieldnames=["product", "units"], extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerows(rows[:3])
print(out2.getvalue(), end="")
q = io.StringIO()
csv.writer(q, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow(["a", 1, 2.5, "x,y", None])
print(q.getvalue(), end="")
print(list(csv.reader(['a,"b,c",d', '"x""y",,z'])))
