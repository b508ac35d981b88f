# Set order of strings depends on SipHash with PYTHONHASHSEED=0.
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(fruits)
print(set("hello world"))
print(set("mississippi"), frozenset("abc"))
for f in fruits:
    print(f, end=" ")
print()
print({"é", "日本", "😀", "", "a"})
words = "the quick brown fox jumps over the lazy dog the end".split()
print(set(words), len(set(words)), len(words))
print({"a", "b"} == {"b", "a"}, {"x"} < {"x", "y"})
print(hash("a"), hash("hello"), hash(""), hash("日本"))
