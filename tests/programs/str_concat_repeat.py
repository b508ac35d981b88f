# Concatenation, repetition and augmented assignment on strings.
a = "foo"
b = a
a += "bar"
print(a, b)
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 100))
s = ""
for i in range(5):
    s += str(i)
    s += ","
print(s)
print("a" + "b" + "c", "line" + "\n" + "next")
parts = []
for w in ["x", "y", "z"]:
    parts.append(w * 2)
print("".join(parts))
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError:", e)
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "ab" < "abc", "" < "a", "B" < "a")
