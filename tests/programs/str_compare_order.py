# String comparison is by code point, lexicographic.
words = ["banana", "Banana", "apple", "Apple", "apples", "app", "", " ", "Zebra", "zebra", "éclair", "eclair",
         "日本", "中国", "😀", "10", "9", "a1", "a10", "a2"]
print(sorted(words))
print(sorted(words, reverse=True))
print("a" < "b", "a" < "B", "abc" < "abd", "abc" < "ab", "" < " ", "Z" < "a", "é" > "z")
print(min(words), max(words), "apple" == "apple", "apple" != "Apple")
print("abc" <= "abc", "abc" >= "abd", "a" * 3 == "aaa")
pairs = [("b", 2), ("a", 2), ("b", 1)]
print(sorted(pairs), max(pairs), min(pairs))
