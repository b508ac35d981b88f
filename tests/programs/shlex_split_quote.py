import shlex
cases = [
    "", "   ", "a b  c", "one 'two three' \"four five\"", "esc\\ aped word", "a\\\\b",
    "'it'\"'\"'s'", "\"a \\\"quoted\\\" word\"", "\"dollar \\$ and \\x\"", "'single \\ back'",
    "mixed'quo'\"tes\"here", "tab\tsep\nnewline", "''", "a '' b", '""', "x#notcomment y",
    "cmd # a comment\nnext line", "ünï cödé ✓", "a=b --flag=\"v w\"", "end\\",
]
for c in cases:
    for posix in (True, False):
        for comments in (False, True):
            try:
                print(repr(c), posix, comments, shlex.split(c, comments, posix))
            except ValueError as e:
                print(repr(c), posix, comments, "ValueError", e)
for bad in ["'open", '"open', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
for q in ["", "simple", "with space", "it's", "$HOME", "a\"b", "ünï", "-x=1,2/3:4@5%6+7", "tab\there", "*.py", 0, None]:
    print(repr(q), shlex.quote(q))
print(shlex.join(["ls", "-l", "my file.txt", "it's", ""]))
print(shlex.split(shlex.join(["a b", "c'd", "e\"f", "\\g"])))
try:
    shlex.quote(5)
except TypeError as e:
    print("TypeError:", e)
try:
    shlex.quote(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    shlex.split(42)
except AttributeError as e:
    print("AttributeError:", e)
shlex.split("unterminated 'quote")
