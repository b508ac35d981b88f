# re's flags are RegexFlag members: .value and .name as well as their repr and int ops.
import re

flags = re.I | re.M
print(re.I.value, re.I.name, flags.value, flags.name, re.NOFLAG.name, re.NOFLAG.value)
print(flags, int(flags), flags & re.I, (flags & re.S).value, hasattr(re.X, "value"))
for f in (re.ASCII, re.DOTALL, re.VERBOSE, re.I | 512):
    print(f, f.name, f.value)
try:
    re.I.bogus
except AttributeError as e:
    print("AttributeError:", e)
print(re.compile("a", flags=re.I | re.X).flags)
