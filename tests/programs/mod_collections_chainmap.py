# collections.ChainMap: lookups through the maps, writes to the first, views, repr, copy.
from collections import ChainMap
import collections
import copy

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {}
cfg = ChainMap(cli, env, defaults)
print(cfg["user"], cfg["color"], cfg.get("debug"), cfg.get("nope", 42), len(cfg))
print(cfg)
print(list(cfg), sorted(cfg.items()), list(cfg.values()))
print(cfg.keys(), cfg.items(), cfg.values())
print("user" in cfg, "x" in cfg, "color" in cfg.keys(), ("user", "admin") in cfg.items(), "red" in cfg.values())
cfg["color"] = "blue"
print(cli, cfg["color"], defaults["color"])
child = cfg.new_child()
child["debug"] = True
print(child, child.parents, child.maps[0], len(child.maps))
print(cfg.new_child({"z": 1}), cfg.new_child(q=2))
print(child.parents.parents)
try:
    del cfg["user"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    cfg["missing"]
except KeyError as e:
    print("KeyError", repr(e))
try:
    ChainMap({}, {"a": 1}).popitem()
except KeyError as e:
    print("KeyError", repr(e))
try:
    ChainMap().pop("k")
except KeyError as e:
    print("KeyError", repr(e))
print(cfg.pop("color"), cfg.pop("color", "gone"), cfg)
print(cfg.setdefault("user", "x"), cfg.setdefault("new", "v"), cli)
cfg.update({"a": 1}, b=2)
cfg.update([("c", 3)])
print(cfg)
c2 = cfg.copy()
c2["only"] = 1
print("only" in cfg, "only" in c2, c2.maps[1] is cfg.maps[1])
print(cfg == dict(cfg), ChainMap({"a": 1}) == ChainMap({}, {"a": 1}), cfg != {})
print(ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}, {"b": 3}))
x = ChainMap({"k": 0})
x |= {"k": 1, "m": 2}
print(x, bool(ChainMap()), bool(ChainMap({}, {1: 2})), ChainMap())
print(ChainMap.fromkeys("ab", 0), ChainMap.fromkeys(["x"]))
print(isinstance(cfg, ChainMap), isinstance({}, collections.ChainMap), type(cfg).__name__)
d = copy.deepcopy(ChainMap({"a": [1]}, {"b": [2]}))
e = copy.copy(d)
e["a"] = 5
print(d, e)
cfg.clear()
print(cfg, len(cfg))
cfg.maps.append({"late": 1})
print(cfg["late"], cfg.maps[-1])
scopes = ChainMap()
for depth, names in enumerate([["x", "y"], ["y"], ["z", "x"]]):
    scopes = scopes.new_child({n: depth for n in names})
print(dict(scopes), [scopes[n] for n in "xyz"])
try:
    hash(ChainMap())
except TypeError as e:
    print("TypeError", e)
