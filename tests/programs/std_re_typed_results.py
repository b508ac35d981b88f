# re.findall/split of literal patterns without groups give lists of str; re.sub/subn/escape
# give str; with groups (or a pattern object) the general results.
import re

text = "The quick brown fox, the lazy dog; THE END 42 and 7!"
words = re.findall(r"[a-z']+", text.lower())
print(words, len(words), words[0].upper(), sorted(set(words))[:3])
print(re.findall(r"\d+", text), re.findall(r"\d+", "none"), re.findall("", "ab"))
print(re.findall(r"(\w)(\w)", "abcd"), re.findall(r"(\d)", "a1b2"))
parts = re.split(r"[,;!]\s*", text)
print(parts, [p.strip() for p in parts if p])
print(re.split(r"\s+", "  a b  c "), re.split(r"(,)", "a,b"), re.split(r"x", "axbxc", 1))
s = re.sub(r"\s+", " ", "  many   spaces\there ")
print(repr(s), s.split(), re.sub(r"o", lambda m: m.group(0).upper(), "foo boo"))
print(re.subn(r"a", "A", "banana"), re.subn(r"z", "Z", "banana", count=1))
print(re.escape("1.5*x+(y)"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"))
print(re.findall(r"[A-Z]", text, re.IGNORECASE)[:5], re.findall(r"the", text, flags=re.I))
pat = re.compile(r"\w+")
print(pat.findall("x y"), re.findall(pat, "p q"), re.sub(pat, "-", "a b"))
counts = {}
for w in re.findall(r"\w+", text.lower()):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
try:
    re.sub(r"a", lambda m: 5, "aa")
except TypeError as e:
    print("TypeError:", e)
try:
    re.findall(r"[", "x")
except re.error as e:
    print("error:", e)
