# Iterating over dicts and their views.
prices = {"apple": 1.25, "banana": 0.5, "cherry": 3.0, "date": 2.75}
for name in prices:
    print(name, prices[name])
for name, price in prices.items():
    print(f"{name:>8}: {price:6.2f}")
total = 0
for p in prices.values():
    total += p
print("total", total)
for k in sorted(prices, key=len):
    print(k, end=" ")
print()
for k, v in sorted(prices.items()):
    print(k, v, end="; ")
print()
expensive = []
for k in list(prices):
    if prices[k] > 1:
        expensive.append(k)
        prices.pop(k)
print(expensive, prices)
try:
    for k in prices:
        prices[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
inverse = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
print(list(reversed({"x": 1, "y": 2, "z": 3})))
