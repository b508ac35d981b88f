from collections import Counter, defaultdict, OrderedDict, deque
import json


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


class WordCounter(Counter):
    def top(self, n=2):
        return [w for w, _ in self.most_common(n)]


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def to_dict(self):
        return {k: v.to_dict() for k, v in self.items()}


class History(deque):
    def __init__(self, size):
        super().__init__(maxlen=size)

    def last(self):
        return self[-1] if self else None


class Registry(OrderedDict):
    def register(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco


class Name(str):
    def shout(self):
        return self.upper() + "!"

    @property
    def initials(self):
        return "".join(p[0] for p in self.split())


class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}C"


class Bits(int):
    def __repr__(self):
        return f"Bits({bin(self)})"


s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), len(s), s[0], s[-2:], isinstance(s, list), type(s).__name__, sum(s))
print(Stack.__bases__[0] is list, Stack.__mro__, s == [1, 2, 3], json.dumps(s))
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)
d = AttrDict(a=1)
d.b = 2
print(d, d.a, d["b"], json.dumps(d, sort_keys=True), len(d))
try:
    d.zzz
except AttributeError as e:
    print("AttributeError:", e)
ci = CaseInsensitiveDict()
ci["Hello"] = 1
ci["WORLD"] = 2
print(ci, ci["HELLO"], "world" in ci, "nope" in ci)
wc = WordCounter("the cat the dog the end dog".split())
print(wc.top(), wc["the"], wc["zzz"], sorted(wc.items()), isinstance(wc, Counter))
t = Tree()
t["a"]["b"]["c"]
t["a"]["x"]
t["z"]
print(t.to_dict(), len(t))
h = History(3)
for i in range(5):
    h.append(i)
print(h, h.last(), list(h), History(2).last())
reg = Registry()


@reg.register("hello")
def hello():
    return "hi"


@reg.register("bye")
def bye():
    return "bye"


print(list(reg), reg["hello"](), reg.popitem(last=False)[0])
n = Name("ada lovelace")
print(n.shout(), n.initials, n.title(), len(n), n == "ada lovelace", isinstance(n, str), n + "!", n[:3])
print(str(Celsius(21.456)), Celsius(3) + 1, repr(Bits(5)), Bits(5) + 1, f"{Bits(10):04b}")
print(json.dumps({"s": s, "n": n, "d": d}))
