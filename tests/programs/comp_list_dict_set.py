# List, dict and set comprehensions with conditions, expressions and transforms.
nums = list(range(-5, 11))
print([n * n for n in nums if n % 3 == 0])
print([n if n >= 0 else -n for n in nums])
print([("even" if n % 2 == 0 else "odd") for n in range(5)])
print({n: n ** 3 for n in range(6) if n != 3})
print({n % 4 for n in nums})
print({w[0]: w for w in ["apple", "avocado", "banana", "blueberry", "cherry"]})  # later wins
words = "the cat sat on the mat with the hat".split()
print({w: words.count(w) for w in words})
print(sorted({len(w) for w in words}))
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print([c for c in "Hello, World!" if c.isalpha() and c.lower() not in "aeiou"])
print("".join(ch.upper() if i % 2 else ch for i, ch in enumerate("alternating")))
print([x for x in [3, 0, None, "", "a", [], [0]] if x])
print({k: v for k, v in zip("abc", range(10))})
print([i for i in range(20) if i % 2 if i % 3])          # two conditions chained
print(sum([x for x in range(101)]), max(len(w) for w in words))
text = "one two three two one four"
index = {}
for pos, w in enumerate(text.split()):
    index.setdefault(w, []).append(pos)
print(index, {w: p for w, p in index.items() if len(p) > 1})
print([[0] * 3 for _ in range(2)])
squares = {x: x * x for x in range(5)}
print([k for k in squares if squares[k] > 4], list(squares.values())[::-1])
# A comprehension calling a function that raises stops the whole comprehension.
def inv(x):
    return 1 / x
try:
    print([inv(x) for x in [1, 2, 0, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print([round(inv(x), 3) for x in [1, 3, 7]])
print({(a, b) for a in range(3) for b in range(3) if a < b})
print(set(c for c in "mississippi"), {c: "mississippi".count(c) for c in "mississippi"})
