import string
import textwrap
from textwrap import dedent, fill

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.printable), repr(string.whitespace))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"), repr(string.capwords("")))
print(len(string.printable), "a" in string.ascii_letters)

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs -- said the well-known, self-described type-setter; "
        "supercalifragilisticexpialidocious words get broken.")
for w in [10, 20, 33, 70]:
    print(textwrap.wrap(text, w))
print(fill(text, width=40))
print(fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap("  leading and trailing   spaces  ", 10))
print(textwrap.wrap("  leading and trailing   spaces  ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\tthere", 12))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 50))
print(textwrap.fill("End. Of sentence. Yes!", 80, fix_sentence_endings=True))
print(repr(dedent("""
    def f():
        return 1

    x = 2
""")))
print(repr(dedent("  a\n\tb\n")), repr(dedent("    x\n  \n    y")))
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("one\r\ntwo\rthree", "+")))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print(e)
