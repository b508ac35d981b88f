import sys
words = ["pear", "Apple", "fig"] if len(sys.argv) < 5 else [1, 2]
print(sorted(words, key=str.casefold))
print(max(words, key=str.lower), min(words, key=str.upper))
words.sort(key=str.swapcase)
print(words, list(map(str.upper, words)))
nums = [3, -1, 2] if len(sys.argv) < 5 else ["a"]
print(sorted(nums, key=abs), sorted(nums, key=int.bit_length))
class S(str):
    def lower(self):
        return "zzz"
print(sorted([S("b"), S("a")], key=str.lower))
print(sorted(["b", "a", 3], key=str.lower))
