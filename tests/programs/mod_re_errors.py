import re

try:
    print(repr(re.compile("(")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile(")")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("[a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a**")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("*a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a{2,1}")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("\\1")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(?P<1a>x)")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(?P<a>x)(?P<a>y)")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("\\q")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("[z-a]")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(?<=a+)b")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(?z)")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a(?i)b")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("x{99999999999}")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(?L)a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("ab\n(")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a", "x")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a", 2**40)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile(5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile(re.compile("a"), re.I)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.search("a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.search("a", "b", 0, 1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.search("a", 5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.findall("a", None)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").search()))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").search("a", 1, 2, 3)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").search("a", x=1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").search("aaa", 1.5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").sub("a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").sub("\\g<1>", "a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(?P<n>a)").sub("\\g<m>", "a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").sub("\\", "a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").sub("\\q", "a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").sub("\\g<", "a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").sub("\\g<a b>", "a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(a)").sub("\\g<-1>", "a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(a)").sub("[\\1\\g<1>\\g<0>\\n\\\\\\.\\0\\01\\101]", "xay")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.sub("a", "x", "aaa", 1.5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.sub("a", "x", "aaa", count=-1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.sub("a", 5, "abc")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.escape(5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.match("(a)(b)?", "ab").group(5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.match("(a)(b)?", "ab").group("zz")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.match("(a)(b)?", "ab").group(x=1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.match("(a)(b)?", "ab").start(1, 2)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.match("(a)(b)?", "ab").groups(1, 2)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.match("(a)(b)?", "ab").span(-1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.match("(a)(b)?", "ab").no_such_method()))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a").no_such))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.I | "x"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.match(".*", "x'y\"z" * 20)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("x" * 300)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("\n")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a", re.I | re.M | re.S | re.X | re.A)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a", 1024)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(?u)a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(?a)a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a") == re.compile("a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("a", re.I) == re.compile("a")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(?P<q>a)").groupindex["q"]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(?P<q>a)|(?P<r>b)").match("b").groupdict("-")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(re.compile("(a)(?:b)").match("ab").lastgroup))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr("%s %r" % (re.M, re.M)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr("{} {:d} {!r} {:>5}".format(re.M, re.M, re.M, re.M)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr([re.I & re.I, re.I ^ re.M, 1 | re.I, 3 & re.I, re.I * 2, re.I // 2, -re.I]))
except Exception as e:
    print(type(e).__name__, e)

print(re.compile("unbalanced)"))
