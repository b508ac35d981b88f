# str methods with typed arguments (the typed path) and their edge cases.
words = ["Hello", "WORLD", "ß straße", "ǅemal", "İstanbul", "", "  pad  ", "x\ty", "Ünïcödé", "123", "١٢٣", "a_b1"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.capitalize(), w.title(), w.swapcase())
    print(w.isalpha(), w.isalnum(), w.isdecimal(), w.isdigit(), w.isnumeric(), w.isspace(),
          w.isupper(), w.islower(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
    print(repr(w.strip()), repr(w.lstrip()), repr(w.rstrip()), repr(w.strip("Hd ")), repr(w.lstrip("ǅ")), repr(w.rstrip("lo")))
    print(w.split(), w.rsplit(), w.split("l"), w.rsplit("l", 1), w.split("a", 0), w.split(" ", -1))
    print(w.find("l"), w.rfind("l"), w.count("l"), w.find("l", 3), w.count("", 1, 4), w.find("o", -3, -1), w.rfind("", 100))
    print(w.startswith("He"), w.endswith(""), w.replace("l", "L"), w.replace("", "-"), w.replace("l", "", 1), w.replace("a", "b", -1))
    print(w.removeprefix("He"), w.removesuffix("ld"), w.center(11), w.ljust(9, "*"), w.rjust(9, "é"), w.zfill(7), w.center(-3))
    print(w.partition("l"), w.rpartition("l"), w.partition("zz"))
text = "line one\nline two\r\nline three\rlast\x0bvt\x1cfs\u2028ls"
print(text.splitlines(), text.splitlines(True), text.splitlines(False), "".splitlines(), "a\n".splitlines())
print("-".join(["a", "b", "é"]), "".join([]), ", ".join(text.split()))
print("a,b,,c".split(","), ",a,".rsplit(",", 1), "  a  b  ".split(None) if False else "  a  b  ".split())
print("-5".zfill(4), "+".zfill(3), "abc".index("c"), "abcabc".rindex("b"))
n = 3
print("ab".center(n + 4, "-"), "x".rjust(n), "%".ljust(0))
for bad in [lambda: "abc".split(""), lambda: "abc".index("z"), lambda: "abc".rindex("z", 1),
            lambda: "abc".center(5, "ab"), lambda: "abc".partition(""), lambda: "abc".rpartition(""),
            lambda: "a".replace("", "", 2)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
big = 2 ** 70
try:
    print("a".center(big))
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print("abc".find("c", big), "abc".count("a", -big, big), "a b c".split(" ", big))
s = "word"
print(s.upper().lower().strip("w").replace("o", "0"))
print("x".join("abc".split("b")))
print("abc".endswith("bc"), "abc".startswith("abcd"))
