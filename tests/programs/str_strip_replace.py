# strip/lstrip/rstrip and replace.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "hello".strip(""))
print("\u3000wide space\u3000".strip())
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0))
print("hello".replace("", "-"), "hello".replace("l", ""), "abc".replace("x", "y"))
print("banana".replace("ana", "ANA"), "aaaa".replace("aa", "b"))
print("café".replace("é", "e"), "日本語".replace("本", "-"))
print("mississippi".replace("ss", "SS", 1), "a.b.c".replace(".", "", -1))
print("x".replace("x", "日本"), "ab".replace("", "."), "".replace("", "E"))
