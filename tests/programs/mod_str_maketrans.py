# str.maketrans in its three forms, used with str.translate.
t = str.maketrans("abc", "xyz")
print(t, "aabbcc-cab".translate(t))
t2 = str.maketrans("ae", "AE", "lo")
print(sorted(t2.items()), "hello world, apple".translate(t2))
t3 = str.maketrans({"a": "4", "e": "3", ord("o"): "0", "s": None})
print(sorted(t3.items()), "leet speak is awesome".translate(t3))
vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming In Python".translate(vowels))
import string
print("Hello, World! (test)".translate(str.maketrans("", "", string.punctuation)))
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print("Hello World".translate(rot13), "Uryyb Jbeyq".translate(rot13))
for args in [(), ("ab",), ("ab", "x"), ({"ab": 1},), (5,), ({1.5: "x"},), ("a", "b", 5), (5, "a"), ("a", 5)]:
    pass
for f in [lambda: str.maketrans(), lambda: str.maketrans("ab"), lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(5), lambda: str.maketrans({1.5: "x"}), lambda: str.maketrans("a", "b", 5), lambda: str.maketrans(5, "a"), lambda: str.maketrans("a", 5)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
