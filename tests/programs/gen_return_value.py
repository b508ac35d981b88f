# A generator's return value travels in StopIteration.value.
def parse_numbers(tokens):
    bad = 0
    for t in tokens:
        if t.lstrip("-").isdigit():
            yield int(t)
        else:
            bad += 1
    return bad


g = parse_numbers(["1", "x", "-4", "7", "??"])
got = []
while True:
    try:
        got.append(next(g))
    except StopIteration as stop:
        print("values", got, "rejected", stop.value, "args", stop.args)
        break

# A generator that returns without a value gives StopIteration with value None.
def plain():
    yield 1


p = plain()
next(p)
try:
    next(p)
except StopIteration as stop:
    print("value:", stop.value, "args:", stop.args, "repr:", repr(stop))

# Calling next() after the return keeps raising a fresh StopIteration without a value.
try:
    next(g)
except StopIteration as stop:
    print("again:", stop.value)

# A for loop discards the return value.
total = 0
for n in parse_numbers("5 6 seven".split()):
    total += n
print("total", total)


# A return value is visible through yield from.
def averager():
    total = count = 0
    while True:
        x = yield
        if x is None:
            return total / count if count else 0.0
        total += x
        count += 1


def grouper(results, key):
    while True:
        results[key] = yield from averager()
        return


results = {}
for key, values in {"a": [1, 2, 3, 4], "b": [10, 20], "empty": []}.items():
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    try:
        gr.send(None)
    except StopIteration:
        pass
print(results)


# return with a tuple value
def split_evens(nums):
    odds = []
    for n in nums:
        if n % 2 == 0:
            yield n
        else:
            odds.append(n)
    return tuple(odds)


gen = split_evens(range(7))
evens = [next(gen), next(gen), next(gen), next(gen)]
try:
    next(gen)
except StopIteration as e:
    print(evens, e.value, e.args)
