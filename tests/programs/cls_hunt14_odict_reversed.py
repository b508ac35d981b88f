from collections import OrderedDict
od = OrderedDict((k, i) for i, k in enumerate("abcde"))
print(list(reversed(od)), type(reversed(od)).__name__)
r = reversed(od)
print(next(r))
od["b"] = 10
print(next(r), next(r))
od.move_to_end("a")
try:
    next(r)
except RuntimeError as e:
    print(e)
it = reversed(od)
next(it)
del od["c"]
try:
    next(it)
except RuntimeError as e:
    print(e)
for k in reversed(od):
    od.pop(k)
