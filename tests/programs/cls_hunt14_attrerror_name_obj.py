class P:
    def __init__(self):
        self.color = 1
p = P()
try:
    p.colr
except AttributeError as e:
    print(e, e.name, e.obj is p)
try:
    raise AttributeError("custom")
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    del p.zzz
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    (1).foo
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    P.bar
except AttributeError as e:
    print(e, e.name, e.obj is P)
