# hash() of strings and tuples is deterministic under PYTHONHASHSEED=0.
for s in ["", "a", "b", "ab", "hello", "Hello", "hello world", "é", "日本語", "😀", "a" * 100]:
    print(repr(s), hash(s))
for t in [(), (1,), (1, 2), (2, 1), ("a", 1), ((1, 2), (3,)), (1, 2.0, "x"), (-1,), (True, False)]:
    print(t, hash(t))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1])) == hash(frozenset([1])))
print(hash(1.5), hash(-2.25), hash(1e100), hash(float("inf")), hash(float("-inf")), hash(-0.0))
