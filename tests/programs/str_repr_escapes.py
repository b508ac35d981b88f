# repr() of strings chooses quotes and escapes characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\x00\x07\x1f\x7f", "\u00e9", "\u200b", "\U0001F600", "\ud7ff", "\xa0", "\xad", "日本", "\r\n",
           "\u0301", "\x80", "\u2028", ""]
for s in samples:
    print(repr(s))
print(str(samples[1:3]))
print(["a'b", 'a"b'])
print(("tab\t",))
print({"k\n": "v'"})
print(repr(repr("a'b")), str("x\ty"))
