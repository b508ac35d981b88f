# Iterating strings, building with ord/chr, char classification.
def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
        else:
            out += ch
    return out

msg = "Hello, World! Zebra-xylophone."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)

def is_palindrome(s):
    cleaned = ""
    for ch in s.lower():
        if ch.isalnum():
            cleaned += ch
    return cleaned == cleaned[::-1]

for p in ["A man, a plan, a canal: Panama", "hello", "", "Was it a car or a cat I saw?", "été"]:
    print(repr(p), is_palindrome(p))

vowels = 0
for ch in "Programming in Python is fun":
    if ch in "aeiouAEIOU":
        vowels += 1
print("vowels:", vowels)
for i, ch in enumerate("añ😀"):
    print(i, ch, ord(ch))
