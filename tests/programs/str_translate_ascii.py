# str.translate over ASCII text: each distinct character is looked up once while its
# mapping is one ASCII character or a deletion; other results (longer strings, non-ASCII,
# big code points) and errors behave as in CPython, at any position.

COMP = str.maketrans("ACGTacgt", "TGCAtgca")
print("GATTACA".translate(COMP), "gattaca-N".translate(COMP))
print("hello world".translate({ord("l"): None, ord("o"): "0"}))
print("hello".translate({ord("h"): "HH", ord("e"): 0x20AC}))
print("abcabc".translate({ord("b"): "é"}), "abc".translate({ord("c"): 65, ord("a"): True}))
print("".translate(COMP), "xyz".translate({}), "A\x7f".translate({0x7F: "~"}))
print("abc".translate(str.maketrans("", "", "b")), "mixé".translate({ord("m"): "M"}))


class Counting:
    def __init__(self, table):
        self.table = table
        self.calls = []

    def __getitem__(self, k):
        self.calls.append(chr(k))
        return self.table[k]


m = Counting({ord("a"): "b", ord("b"): None})
print("aabbcc".translate(m), m.calls)
m = Counting({ord("a"): "xy", ord("c"): "z"})
print("cacac".translate(m), m.calls)
m = Counting({ord("a"): 200})
print("babab".translate(m), m.calls)

for table in ({ord("a"): -1}, {ord("a"): 0x110000}, {ord("a"): 2.5}, {ord("a"): b"x"}):
    try:
        "xa".translate(table)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Boom:
    def __getitem__(self, k):
        if k == ord("!"):
            raise KeyError(k)
        if k == ord("?"):
            raise RuntimeError("no")
        return k + 1


print("abc!".translate(Boom()))
try:
    "ab?".translate(Boom())
except RuntimeError as e:
    print("RuntimeError", e)
