# OrderedDict iterators detect added, removed and moved keys (Objects/odictobject.c).
from collections import OrderedDict, Counter
for case in range(7):
    od = OrderedDict(a=1, b=2, c=3)
    try:
        for k in od:
            if case == 0:
                od["z"] = 0
            elif case == 1:
                od.move_to_end("a")
            elif case == 2:
                od["a"] = 5
            elif case == 3:
                del od["c"]
            elif case == 4:
                od.pop("b")
            elif case == 5:
                od.update(q=1)
            elif case == 6:
                od.popitem()
        print(case, "done", od)
    except RuntimeError as e:
        print(case, e, od)
od = OrderedDict(a=1, b=2)
try:
    for k, v in od.items():
        od["n"] = 1
except RuntimeError as e:
    print(e)
print(list(od.values()), list(od.items()), list(od.keys()))
c = Counter("ab")
try:
    for k in c:
        c["z"] += 1
except RuntimeError as e:
    print(e)
