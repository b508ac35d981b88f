# Generator expressions are lazy: side effects happen on demand; any()/all() short-circuit.
log = []


def check(n):
    log.append(n)
    return n > 3


values = [1, 5, 2, 7, 3]
print(any(check(v) for v in values), log)
log.clear()
print(all(check(v) for v in values), log)
log.clear()
print(any([check(v) for v in values]), log)       # a list comprehension evaluates everything
log.clear()

gen = (v * 10 for v in values if check(v))
print("created, log:", log)
print(next(gen), log)
print(list(gen), log)
print(list(gen), "exhausted")

# A generator expression over a list sees later mutations of that list.
data = [1, 2]
g = (x * 2 for x in data)
data.append(3)
print(list(g))
# ...but the iterable itself is fixed when the generator is created.
data = [1, 2]
g = (x for x in data)
data = [100]
print(list(g))

# Summing a huge range lazily without building a list.
print(sum(x % 7 for x in range(200000)))
print(max((len(w), w) for w in "a quick brown foxes".split()))
print(min(x * x - 10 * x for x in range(20)))

# next() with a default on a filtered generator: find the first match.
words = ["apple", "banana", "cherry", "date"]
print(next((w for w in words if w.startswith("c")), None))
print(next((w for w in words if w.startswith("z")), "no match"))
print(next(i for i, w in enumerate(words) if "n" in w))

# Generator expressions as the only argument need no extra parentheses.
print(sorted(w[::-1] for w in words), "-".join(w[0] for w in words), tuple(len(w) for w in words))
print(dict((w, len(w)) for w in words), set(w[-1] for w in words) == {"e", "a", "y"})

# The error inside a generator expression surfaces when it is consumed.
g = (10 // x for x in [5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g))
