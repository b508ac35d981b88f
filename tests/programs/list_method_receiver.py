# Method calls on local lists, dicts and sets whose arguments read, mutate or rebind
# the receiver: the receiver is taken before the arguments run, as in Python.


def gen():
    acc = []
    while True:
        acc.append((yield len(acc)))
        if len(acc) >= 3:
            return acc


def main():
    xs = [1, 2, 3]
    xs.append(xs.pop(0))
    xs.append(len(xs))
    print(xs)
    old = xs
    xs.append((xs := [9])[0])
    print(old, xs)
    ys = [5, 6]
    ys.insert((ys := [0, 0, 0]).count(0), 7)
    print(ys)
    d = {"a": 1}
    keep = d
    print(d.get((d := {"b": 2}) and "a", -1), keep, d)
    print(d.setdefault("c", len(d)), d, d.pop("b"), d.pop("zz", None))
    s = {1, 2}
    s.add(len(s))
    s.discard(1)
    print(sorted(s))
    g = gen()
    print(next(g), g.send("x"), g.send("y"))
    try:
        g.send("z")
    except StopIteration as e:
        print("done", e.value)
    words = []
    for w in "the quick brown fox".split():
        words.append(w.upper())
        words.append(words[-1][::-1])
    print(words, words.index("XOF"), words.count("THE"))
    try:
        words.remove("nope")
    except ValueError as e:
        print("ValueError", e)
    empty = []
    try:
        empty.pop()
    except IndexError as e:
        print("IndexError", e)


main()
