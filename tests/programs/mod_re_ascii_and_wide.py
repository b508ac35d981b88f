# re over ASCII and non-ASCII subjects, matched in place or as code points: group
# slices, spans, lastindex/lastgroup, empty matches, pos/endpos, flags, and patterns
# whose first characters the search filters on (alternations of repeats, sets,
# optional heads, groups, classes under re.ASCII).
import re

texts = [
    "alpha 12 beta_3 345 gamma",
    "héllo wörld 42 naïve 7 café",
    "",
    "   ",
    "x",
    "日本語 text 123 ünïcödé ٣٤ end",
    "a\nb\n\nc",
]
pats = [
    r"[A-Za-z]+|\d+",
    r"\w+",
    r"(\w)(\w*)",
    r"(?P<num>\d+)|(?P<word>[^\W\d]+)",
    r"x*",
    r"a?b",
    r"(?:ab)*c|d",
    r"[^ ]+",
    r"(?a)\w+",
    r"(?a:\d)+|é",
    r"\s+",
    r"(a|)b",
    r"(?i)[a-z]+",
    r"^\w+$",
    r"(?m)^\w",
    r"\b\w",
    r"[é-ü]+",
    r"(?s).",
    r"\d{2,3}",
    r"(?=\w)\w",
]
for p in pats:
    rx = re.compile(p)
    for t in texts:
        print(repr(p), repr(t), rx.findall(t))
        print(" ", [(m.span(), m.group(), m.lastindex, m.lastgroup) for m in rx.finditer(t)])
        print(" ", rx.sub(lambda m: "<" + m.group() + ">", t), rx.split(t), rx.subn("#", t))
        print(" ", rx.search(t, 2), rx.match(t, 1, 5), rx.fullmatch(t))
        print(" ", rx.findall(t, 3, 9), [m.span() for m in rx.finditer(t, 1, 7)])

m = re.search(r"(\w+) (\w+)", "jölly göod fellow")
print(m.group(0, 1, 2), m.span(2), m.start(1), m.end(), m.groups(), m.string, m.pos, m.endpos)
print(m.expand(r"\2-\1"), m[1], m.groupdict(), repr(m))
m = re.match(r"(?P<a>x)?(?P<b>y)", "yz")
print(m.groups(), m.groupdict(), m.groups("-"), m.lastindex, m.lastgroup, m.span("a"))
print(re.sub(r"(\d+)", r"[\1]", "a1b22c333é4444"))
print(re.sub(r"", "-", "abé"), re.split(r"\b", "hé llo"), re.findall(r"\b|x", "ab x"))
print(re.findall(r"[A-Za-z]+|\d+", "x" * 10 + " 12" * 5), len(re.findall(r"\d+", "1 22 " * 3000)))
print(re.sub(r"\w+", lambda m: m.group().upper(), "ça va, très bien 2"))
big = " ".join("w%d" % i for i in range(2000))
print(len(re.findall(r"[a-z]+\d*|\s", big)), re.findall(r"[a-z]\d+", big)[-3:])
