# re.sub / re.subn / Pattern.sub with a function as the replacement.
import re

print(re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "snake_case_name"))
def double(m):
    return str(int(m.group()) * 2)
print(re.sub(r"\d+", double, "a1 b22 c333"), re.subn(r"\d+", double, "1 2 3", count=2))
pat = re.compile(r"(?P<word>\w+)@(?P<host>\w+)")
print(pat.sub(lambda m: f"{m['host']}:{m.group('word')}[{m.start()}-{m.end()}]", "x@y and ann@example"))
print(re.sub("x*", lambda m: "<" + m.group() + ">", "abxd"))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2).lower(), "hELLO wORLD foo"))
seen = []
def record(m):
    seen.append((m.span(), m.string, m.re.pattern))
    return None
print(repr(re.sub(r"o", record, "foo boo")), seen[:2])
counter = iter(range(100))
print(re.sub(r"#", lambda m: str(next(counter)), "#-#-#"))
TEMPL = "Hello {name}, you owe {amount}"
values = {"name": "Ann", "amount": "$5"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), TEMPL + " {missing}"))
try:
    re.sub(r"a", lambda m: 5, "banana")
except TypeError as e:
    print("TypeError:", e)
re.sub(r"n", lambda m: 1 / 0, "banana")
