# String literal forms: triple quotes, raw strings, escapes, implicit concatenation.
a = """first line
second "quoted" line
    indented third"""
print(a)
print(len(a.splitlines()), a.count("\n"))
b = 'single \'escaped\' and "double"'
print(b)
c = r"raw \n stays \t as is \\"
print(c, len(c))
d = "tab:\t| newline escaped:\\n | bell:\a| nul:\0| hex:\x41 | oct:\101 | uni:\u00e9 | big:\U0001F600 | named"
print(d)
print(repr(d))
e = ("implicit "
     "concatenation "
     'of literals')
print(e)
f = """\
no leading newline
with continuation \
joined"""
print(f)
print("\u03b1\u2603", len("\u2603"), "\x41\x42" == "AB")
print('''triple 'single' quotes''', "é" == "\xe9" == "\u00e9")
