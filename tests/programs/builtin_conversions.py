# int/float/str/bool/repr conversions between builtin types.
print(int(3.7), int(-3.7), int("  -12 "), int(True), int(2.5e10), int("007"))
print(float(7), float("-1.5e3"), float(" 42 "), float(False), float(2 ** 70))
print(str(42), str(-0.5), str(True), str(None), str([1, "a"]), str((1,)), str({1: "x"}), str(""))
print(repr(42), repr("hi"), repr(1.0), repr([None]), repr(""), repr("it's"))
print(bool("0"), bool(0), bool([0]), bool(""), bool(" "), bool(0.0), bool(-1))
print(list("abc"), tuple([1, 2]), set("aab") == {"a", "b"}, dict([(1, 2)]), frozenset([1, 1]))
print(int(float("1e3")), str(int("10") + 5), float(str(0.1)) == 0.1)
print(str(1e16), str(1e15), str(-1e-7), str(123.0), str(1 / 7))
print(int("10", 16), int("-ff", 16), int("0", 2), int("  0b111 ", 0), int("0_0", 0))
for s in ["0x", "08", "1e3", "0b", " "]:
    try:
        print(int(s, 0))
    except ValueError as e:
        print("ValueError:", e)
