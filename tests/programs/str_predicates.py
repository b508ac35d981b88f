# is* predicates on a variety of strings.
samples = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "\t\n", "abc123", "Hello World", "hello world",
           "éü", "日本", "٣", "²", "½", "Ⅻ", "a b", "_x", "x1", "1x", "\u2003", "ǅ"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii())
