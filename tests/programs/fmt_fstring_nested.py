# f-strings with nested width/precision fields and expressions.
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelons", 1, 3.999)]
w = 0
for name, qty, price in rows:
    if len(name) > w:
        w = len(name)
for name, qty, price in rows:
    print(f"{name:{w}} | {qty:>{4}} | {price:{8}.{2}f} | {qty * price:>8.2f}")
for prec in range(5):
    print(f"{3.14159265:.{prec}f}", end=" ")
print()
for width in [1, 5, 10]:
    print(f"[{'x':>{width}}]", f"[{42:0{width}d}]")
fill = "*"
align = "^"
print(f"[{'center':{fill}{align}{12}}]")
d = {"key": "value", "n": 5}
items = ["a", "b"]
print(f"{d['key']} {d['n'] * 2} {items[-1]} {len(items)} {'yes' if d else 'no'}")
print(f"{'nested ' + str(len(f'{12345:,}'))}")
a, b = 7, 3
print(f"{a} / {b} = {a / b:.3f}; {a} // {b} = {a // b}; {a} % {b} = {a % b}")
print(f"{a!r:>5}{b!r:<5}|")
