# partition / rpartition / splitlines.
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
text = "line one\nline two\r\nline three\rfour\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\nb".split("\n"))
print("x\x0by\x0cz\x1cw\u2028v\x85u".splitlines())
header, sep, body = "Subject: hi there".partition(": ")
print(repr(header), repr(sep), repr(body))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
