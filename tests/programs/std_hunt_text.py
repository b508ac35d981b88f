import re
import string
from collections import Counter, OrderedDict, defaultdict
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq), freq.most_common(6))
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
by_len = defaultdict(set)
for w in words:
    by_len[len(w)].add(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
sentences = [s.strip() for s in re.split(r"[,.]", TEXT) if s.strip()]
print(len(sentences), sentences[:3])
caps = [w for w in re.findall(r"\b[A-Z]\w*", TEXT)]
print(caps)
print(TEXT.count("it was"), TEXT.find("wisdom"), TEXT.rfind("of"), TEXT.index("epoch"))
print(textwrap.fill(" ".join(TEXT.split()), width=50))
table = str.maketrans("", "", string.punctuation)
clean = TEXT.translate(table)
print(clean.split()[:10])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCaseName")
camel = re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseNameHTTP").lower()
print(camel, re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "snake_case_name"))
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon", ""]:
    print(repr(s), is_palindrome(s))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print("{:<10}|{:^10}|{:>10}".format("left", "mid", "right"), "%-6s|%6.2f|%03d" % ("ab", 3.14159, 7))
print("tab\tsep".expandtabs(4), "  pad  ".strip(), "xxhixx".strip("x"), "a-b-c".rsplit("-", 1), "a,b,,c".split(","))
print("Straße".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ß".casefold())
print("hello world".capitalize(), "HeLLo".swapcase(), "12".zfill(5), "-12".zfill(5), "abc".center(9, "*"))
print(" ".join(reversed("one two three".split())), "".join(sorted("banana")), "banana".partition("an"), "banana".rpartition("an"))
print([line for line in "a\nb\r\nc\rd".splitlines()], "a\nb\n".splitlines(True), "x".join("123"))
od = OrderedDict()
for w in words:
    od.setdefault(w[0], []).append(w)
od.move_to_end("t")
print(list(od)[:6], od.popitem(last=False)[0])
print(string.capwords("the QUICK brown fox"), string.ascii_letters[20:30], string.digits, string.hexdigits, repr(string.whitespace))
tmpl = string.Template("Dear $name, your balance is $$${amount}.")
print(tmpl.substitute(name="Ann", amount="12.50"))
try:
    tmpl.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
print(f"{'nested':>{10}}", f"{3.14159:{'.3f'}}", f"{1234567:,}", f"{0.25:%}", f"{255:#06x}", f"{-42:+d}", f"{'x'!r:>5}")
