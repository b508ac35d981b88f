# str.split / rsplit / join in their various forms.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("a,b,,c,".rsplit(",", 1))
print("a,b,,c,".rsplit(",", -1))
print("".split(), "".split(","), "   ".split(), " ".split(" "))
print("abcabcabc".split("bc"), "abc".split("abc"), "aaa".split("a"))
print("one::two::three".split("::"), "x".split("x", 0))
print("a b c d e".split(maxsplit=2), "a b c d e".rsplit(maxsplit=2))
print("α β\u3000γ\u2003δ".split())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(["solo"]), "".join(["x", "y"]))
print("\n".join(("line1", "line2")))
print("|".join("abc"))
words = "to be or not to be".split()
print(len(words), " ".join(reversed(words)))
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    print("-".join(["a", 1]))
except TypeError as e:
    print("TypeError:", e)
