# Subclasses of dict: the payload is a dict; `__missing__` answers d[k] but not d.get(k);
# an overridden `__setitem__` is called by d[k] = v but not by update() or the constructor.
import copy
import json


class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


ad = AttrDict(a=1, b=2)
ad.c = 3
print(ad, ad.a, ad.c, ad["b"], len(ad), type(ad).__name__, isinstance(ad, dict))
del ad.a
print(ad, list(ad), list(ad.keys()), list(ad.values()), list(ad.items()))
try:
    ad.missing
except KeyError as e:
    print(type(e).__name__, e)


class Config(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"no setting {key!r}") from None

    def section(self, prefix):
        return {k: v for k, v in self.items() if k.startswith(prefix)}


cfg = Config({"db.host": "h", "db.port": 5432, "debug": True})
print(cfg.debug, cfg.section("db."), cfg.get("nope", "dflt"), "debug" in cfg, "x" in cfg)
try:
    cfg.nope
except AttributeError as e:
    print(type(e).__name__, e)


class Registry(dict):
    def __missing__(self, key):
        print("missing", key)
        value = self[key] = [key]
        return value


r = Registry()
print(r["x"], r["x"], r.get("y"), r.get("y", 0), "y" in r, r, len(r))
r["z"].append(1)
print(r, r.setdefault("w", 5), r.pop("w"), r)


class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 2)

    def __getitem__(self, k):
        return ("got", dict.__getitem__(self, k))

    def __delitem__(self, k):
        print("del", k)
        dict.__delitem__(self, k)


lg = Logged({"a": 1}, b=2)
lg["c"] = 3
lg.update(d=4)
lg.setdefault("e", 5)
print(lg, lg["a"], lg["c"], lg.get("c"), dict(lg), sorted(lg))
del lg["a"]
print(lg, lg == {"b": 2, "c": 6, "d": 4, "e": 5}, {"b": 2, "c": 6, "d": 4, "e": 5} == lg)


class Counter2(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for it in items:
            self[it] += 1
        return self

    def most(self):
        return max(self.items(), key=lambda kv: (kv[1], kv[0]))


words = "the cat and the hat and the bat".split()
cnt = Counter2().add(words)
print(cnt, cnt["zzz"], "zzz" in cnt, cnt.most(), sorted(cnt.items()))
print(json.dumps(cnt, sort_keys=True), json.dumps({"inner": cnt}))
print(cnt | {"x": 1}, type(cnt | {"x": 1}).__name__, {"y": 0} | cnt == {**cnt, "y": 0})
cnt |= {"new": 9}
print(type(cnt).__name__, cnt["new"])
for k in cnt:
    print(k, end=" ")
print()
print(len(cnt), bool(Counter2()), Counter2() == {}, repr(Counter2()), str(cnt)[:20])
try:
    hash(cnt)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter2({}, {})
except TypeError as e:
    print(type(e).__name__, e)


class Node(dict):
    def __init__(self, name, **attrs):
        super().__init__(**attrs)
        self.name = name

    def __repr__(self):
        return f"Node({self.name}, {dict.__repr__(self)})"


n = Node("root", size=3)
n["color"] = "red"
print(n, n.name, n["size"], str(n), f"{n!r}", [n], n.__dict__)
c = copy.copy(n)
d = copy.deepcopy(n)
n["size"] = 99
print(c, d, type(c).__name__, c.name, d.name)
print(dict(n), dict(**n), {**n}, list(n.items()), sorted(n.keys()))
print(isinstance(n, Node), issubclass(Node, dict), type(n) is Node, type(n) is dict)


class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


groups = Default(list)
for w in words:
    groups[len(w)].append(w)
print(groups, groups.factory is list, sorted(groups.keys()))
try:
    Registry().pop("nothing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    Logged()["missing"]
except KeyError as e:
    print(type(e).__name__, e)


class Seen(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, (v, "seen"))


fk = Seen.fromkeys("ab", 0)
print(fk, type(fk).__name__, Registry.fromkeys([1, 2]), type(Registry.fromkeys([])).__name__)


class Loose(dict):
    __getattr__ = dict.get


class Shout:
    up = str.upper


lo = Loose(a=1)
print(lo.a, lo.b, Shout.up("x"))
