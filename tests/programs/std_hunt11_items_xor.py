# Set operations on dict views, including items ^ items (dictitems_xor's own algorithm,
# which never hashes values that compare equal).
d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 2, "c": 4, "d": 5}
print(d1.items() ^ d2.items())
print(d2.items() ^ d1.items())
print(d1.items() & d2.items(), d1.items() | d2.items(), d1.items() - d2.items())
print(d1.keys() ^ d2.keys(), d1.keys() & {"a"}, {"a", "z"} - d1.keys())
print(d1.items() ^ {("a", 1)}, {("z", 0)} ^ d1.items())
print(d1.items().isdisjoint(d2.items()), d1.items().isdisjoint({("q", 1)}))
d3 = {"x": [1], "y": 2}
print(d3.items() ^ d3.items())
for other in [{"y": 2}, {"x": [2]}, {"x": [1], "y": 3}]:
    try:
        print(d3.items() ^ other.items())
    except TypeError as e:
        print("TypeError", e)
print({1: 1.0, 2: 2}.items() ^ {1: 1, 2: 2.5}.items())
print(d1.items() <= d1.items(), d1.keys() < {"a", "b", "c", "d"})
print(type(d1.items() ^ d2.items()).__name__, len({}.items() ^ {}.items()))
