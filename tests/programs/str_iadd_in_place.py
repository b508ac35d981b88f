# `s += t` on a str local appends in place while the local holds the only reference;
# every other holder of the old string must still see the old value.


def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def aliases():
    s = "ab"
    t = s
    s += "cd"
    print(s, t)
    keep = []
    acc = "x"
    for i in range(4):
        keep.append(acc)
        acc += str(i)
    print(acc, keep)
    d = {"k": acc}
    acc += "!"
    print(acc, d["k"])
    u = "é"
    u += "ü€"
    u += "𝄞"
    print(u, len(u), u[2], u[-1])


def doubling():
    s = "ab"
    for _ in range(3):
        s += s
    print(s, len(s))


def in_closure():
    out = ""

    def add(p):
        nonlocal out
        out += p

    for w in ("a", "bb", "ccc"):
        add(w)
    return out


def with_walrus():
    s = "a"
    s += (s := "zz") + "y"
    return s


def loop_lines(words):
    line = ""
    lines = []
    for w in words:
        if len(line) + len(w) > 12:
            lines.append(line)
            line = ""
        line += w + " "
    lines.append(line)
    return lines


def hashed():
    s = "ab" * 3
    h = hash(s)
    s += "c"
    return h == hash("ababab"), hash(s) == hash("abababc"), {s: 1}.get("abababc")


def empties():
    s = ""
    s += ""
    t = s
    s += "q"
    s += ""
    return s, t


big = build(20000)
print(len(big), big[:15], big[-5:], big.count("7"))
aliases()
doubling()
print(in_closure(), with_walrus(), empties(), hashed())
print(loop_lines("the quick brown fox jumps over the lazy dog again and again".split()))
try:
    s = "a"
    s += 1
except TypeError as e:
    print(e)
