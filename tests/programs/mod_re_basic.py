# The re module: matching, groups, iteration with Python's empty-match rules, sub/split.
import re

m = re.search(r"(\w+)@(\w+)\.com", "contact: alice@example.com, bob@test.com")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m.string[m.start():m.end()])
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m[0], m[1], bool(m))

p = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*)(;)?")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
for mm in p.finditer("a=1;b=two;c=;d=4"):
    print(mm.span(), mm.group("key"), mm["value"], mm.groupdict(), mm.groups("-"), mm.lastgroup, mm.lastindex)
print(p.findall("a=1;b=two;c=;d=4"))
print(p.sub(r"\g<value>:\g<key>\3", "a=1;b=two"))
print(p.subn(r"[\1]", "a=1;b=two;x"))
print(p.match("zz=9").expand(r"\2/\1/\g<0>"))

# Empty matches next to previous matches (Python 3.7+).
print(re.sub("x*", "-", "abxd"))
print(re.sub("a|", "-", "baaab"))
print(re.split("x*", "axbc"))
print(re.split(r"\b", "hello big world"))
print(re.findall("", "abc"))
spans = []
for mm in re.finditer("x*", "abxd"):
    spans.append(mm.span())
print(spans)
print(re.subn("", "-", "abc"))

# split with groups and maxsplit.
print(re.split(r"(,)\s*", "a, b,c,   d"))
print(re.split(r"(a)|(b)", "xaybz"))
print(re.split(r"\s+", " a  b c ", maxsplit=2))
print(re.split(",", "a,b,c", 1), re.split(",", "a,b,c", -1))

# Anchors: $ before a final newline, \Z only at the end, MULTILINE.
print(re.search("a$", "a\n"), re.search(r"a\Z", "a\n"), re.findall("^x", "x\nx\nx", re.M))
print(re.findall(r"(?m)\w+$", "one\ntwo\nthree\n"))
print(re.match(r"\Aab", "ab"), re.fullmatch("a.c", "abc"), re.fullmatch("a.c", "abcd"))

# Flags.
print(re.findall("straße", "STRASSE straße Straße", re.I))
print(re.findall("k", "Kk\u212a", re.IGNORECASE), re.findall("k", "Kk\u212a", re.I | re.A))
print(re.findall(r"\d+", "12 \u0661\u0662 3"), re.findall(r"\d+", "12 \u0661\u0662 3", re.ASCII))
print(re.findall(r"\w+", "héllo wörld_1"), re.findall(r"\w+", "héllo wörld_1", re.A))
print(re.findall(".", "a\nb"), re.findall(".", "a\nb", re.S), re.findall("(?s).", "a\nb"))
v = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(v.findall("555-1234 and 555 9876"), v.flags)
print(re.I, re.M | re.S, re.A | re.I, re.NOFLAG, re.I | 8, re.I & re.M, ~re.I)
print(int(re.I), re.I == 2, re.IGNORECASE == re.I, re.I + 1, re.compile("x", re.I | re.M))

# Pattern features.
print(re.match(r"(a*)*b", "aaab").groups(), re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.search(r"(?<=\$)\d+(?:\.\d\d)?", "cost: $42.50"), re.search(r"(?<!\$)\b\d+", "$5 and 7"))
print(re.findall(r"(\w)\1", "aabbcd eff"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aab"))
print(re.findall(r"(a)?(?(1)b|c)", "abc ac"), re.findall(r"x{2,3}?", "xxxxxxx"))
print(re.findall(r"[^\W\d]+", "ab12cd_3"), re.findall(r"[\s,;]+", "a, b;;c  d"))
print(re.escape("a.b*c?(d) [e] {f} 1+1=2 $^|\\ #"), re.escape("héllo_wörld"))
print(re.compile("a") is re.compile("a"), re.compile(p) is p, re.purge())
print(re.search("b", "abcb", ), p.search("x=1", 1), p.search("  x=1", 1, 3), p.match("x=1", 0, 2))
print(re.compile(r"\d").findall("a1b22c333", 2, 6), re.compile(r"\d").findall("a1b22", -5, 100))
