# find/rfind/index/rindex/count and the in operator on strings.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.find(""))
print(s.find("o", 5, 10), s.rfind("o", 0, 10), s.find("", 100), s.rfind(""))
print(s.index("world"), s.rindex("o"), s.count("o"), s.count("hello"), s.count(""))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1))
print("world" in s, "World" in s, "" in s, "x" not in s)
print("日本語テキスト".find("テ"), "😀a😀".rfind("😀"), "😀a😀".count("😀"))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("hello"), s.startswith("world", 6), s.endswith("python"), s.endswith(("java", "python")))
print(s.startswith(("x", "y")), "".startswith(""), "abc".endswith(""), s.startswith("hello", 0, 3))
