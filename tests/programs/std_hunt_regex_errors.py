# Hunt: regex extraction (found: re.error had no msg/pos/lineno/colno).
import re
text = "Contact: john.doe@example.com, jane@test.org; phone +1 (555) 123-4567 or 555.987.6543. Visit https://example.com/path?q=1&r=2 on 2024-05-06."
emails = re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", text)
phones = re.findall(r"\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}", text)
url = re.search(r"https?://([^/\s]+)(/[^\s?]*)?(?:\?(\S+))?", text)
print(emails, phones, url.groups(), url.span(), url.group(0))
params = dict(p.split("=") for p in url.group(3).split("&"))
print(params)
date = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
m = date.search(text)
print(m.groupdict(), m.start("m"), m.expand(r"\g<d>/\g<m>/\g<y>"), date.sub(r"\3.\2.\1", text)[-12:])
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", "  lead"), re.split("x*", "axbc"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "hello big world"), re.subn(r"o", "0", "foo boo"))
tokens = re.finditer(r"\s*(?:(\d+\.?\d*)|(.))", "3 + 4.5*(2 - 1)")
print([(m.group(1) or m.group(2)) for m in tokens])
print(re.fullmatch(r"[A-Z]{2}\d{4}", "AB1234") is not None, re.match(r"\d+", "abc"), bool(re.search("^b", "a\nb", re.M)))
pat = re.compile(r"""
    (?P<key>\w+)   # key
    \s*=\s*
    (?P<val>"[^"]*"|\S+)
""", re.VERBOSE)
print([(m["key"], m["val"].strip('"')) for m in pat.finditer('a=1 b = "two words" c=x')])
print(re.escape("1+1=2? [yes]"), re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"(a)(b)?", "ab a"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"\bcat\b", "cat concat cat."), re.sub(r"^", "> ", "a\nb", flags=re.M))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error", e.msg, e.pos)
print(pat.pattern[:10].strip(), pat.flags & re.VERBOSE != 0, date.groupindex["m"], date.groups)
for bad in ["a)", "[z-a]", "x{2,1}", "a\n(?P<1>x)", "*"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(e.msg), e.pos, e.lineno, e.colno, str(e))
