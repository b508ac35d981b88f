t = int
print(t.__name__, t.__qualname__, t.__module__)
for c in (str, list, dict, float, bool, tuple, set, frozenset, bytes, object, type, range, complex):
    print(c.__name__, c.__qualname__, c.__module__)
print(len.__name__, abs.__qualname__, repr(int), str(list))
print(int.__name__, str.__qualname__, list.__module__, dict.__name__, len.__name__)
x = [1, 2, 3]
y = x
x = x + [4]
print(id(x) == id(x), id(y) == id(y), id(x) == id(y))
z = x
print(id(z) == id(x), z is x)
s = "abc"
t = {1: 2}
print(id(s) == id(s), id(t) == id(t), id(3) == id(3))
grow = []
before = id(grow)
for i in range(100):
    grow.append(i)
print(id(grow) == before)
s1, s2 = {1}, {2}
print(id(s1) == id(s2), id(s1) == id(s1))
d = {}
print(id(d) == id(d))
print("abc".__contains__("b"), "abc".__len__(), "abc".__getitem__(1), "ab".__eq__("ab") if False else "-")
