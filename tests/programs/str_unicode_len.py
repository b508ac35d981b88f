# Strings are sequences of code points.
samples = ["", "a", "café", "cafe\u0301", "日本語", "😀", "👍🏽", "🇫🇷", "ß", "naïve", "ñ", "\u0000", "tab\t"]
for s in samples:
    print(repr(s), len(s), s[::-1] == s, list(s))
e = "e\u0301"
print(e, len(e), e[0], e[1] == "\u0301")
print("😀"[0], "😀" * 3, len("😀" * 3), ("a😀b")[1], ("a😀b")[-1])
print(ord("😀"), chr(128512), hex(ord("€")), chr(0x20AC), ord("\n"), chr(65), ord("ß"))
print("日本語"[1:], "日本語"[::-1], "🇫🇷"[::-1] == "🇷🇫")
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(max("héllo"), min("héllo"), sorted("bäca"))
print("é" < "z", "Z" < "a", "a" < "é", "😀" > "日")
