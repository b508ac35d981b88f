# types.SimpleNamespace: keyword construction, attributes, repr, equality, vars, errors.
import types
from types import SimpleNamespace

ns = types.SimpleNamespace(a=1, b="x", c=[1, 2])
print(ns, repr(ns), str(ns), ns.a, ns.b, ns.c)
ns.d = {"k": (1, 2)}
ns.a += 41
del ns.b
print(ns, vars(ns), ns.__dict__ is vars(ns), sorted(vars(ns)))
print(type(ns).__name__, isinstance(ns, types.SimpleNamespace), isinstance(ns, SimpleNamespace))
print(type(ns) is SimpleNamespace, SimpleNamespace, types.SimpleNamespace is SimpleNamespace)
print(SimpleNamespace(), SimpleNamespace() == SimpleNamespace(), ns == SimpleNamespace(a=42))
print(SimpleNamespace(x=1, y=2) == SimpleNamespace(y=2, x=1), SimpleNamespace(x=1) != SimpleNamespace(x=2))
print(ns == 1, ns != "ns", getattr(ns, "zz", "default"), hasattr(ns, "a"), hasattr(ns, "b"))
setattr(ns, "e", -0.5)
vars(ns)["f"] = "added through vars"
print(ns.e, ns.f, ns)
cfg = SimpleNamespace(name="ünï", size=10**20, nested=SimpleNamespace(level=2))
cfg.self_ref = cfg
print(cfg)
points = [SimpleNamespace(x=i, y=i * i) for i in range(4)]
print(sorted(points, key=lambda p: -p.y)[0], sum(p.y for p in points))
for bad in (lambda: SimpleNamespace(1), lambda: ns.missing, lambda: hash(ns), lambda: 1 in ns):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    del ns.missing
except AttributeError as e:
    print("AttributeError", e)
print(ns.nothing_here)
