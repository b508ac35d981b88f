# dir() and vars() without an argument list the local namespace: refused.
x = 1
print(sorted(n for n in dir() if not n.startswith("__")))
