# Case conversion including Unicode special cases.
words = ["hello", "HELLO", "hello world", "hELLO wORLD", "straße", "ß", "ﬁne", "İstanbul",
         "ǆemal", "o'neil's book", "123abc", "ΣΑΣ", "éclair", "ÀÉÎ"]
for w in words:
    print(w, "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase())
print(len("ß".upper()), len("İ".lower()), "ß".lower(), "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("hello".upper().lower() == "hello", "Straße".upper(), "STRASSE".lower())
print("they're bill's friends".title(), "a1b2c3".title(), "hello_world-foo bar".title())
