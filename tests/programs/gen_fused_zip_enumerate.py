# for-loops over enumerate(gen(...)) and zip(gen(...), other, ...): the generator runs
# lazily between the loop's iterations, the other iterators advance in zip's order, and
# the loop's else runs when any of them ends.

log = []


def nums(n):
    log.append("nums start")
    for i in range(n):
        log.append(("nums yields", i))
        yield i
    log.append("nums end")


def other(n):
    log.append("other start")
    for i in range(n):
        log.append(("other yields", i))
        yield i * 10
    log.append("other end")


def arg(x):
    log.append(("arg", x))
    return x


for i, v in enumerate(nums(arg(3))):
    log.append(("body", i, v))
print(log)
log.clear()

for a, b in zip(nums(arg(2)), other(arg(4))):
    log.append(("body", a, b))
else:
    log.append("else")
print(log)
log.clear()

# The second iterator ends first: the first generator's item is dropped.
for a, b in zip(nums(5), other(2)):
    log.append(("body", a, b))
else:
    log.append("else")
print(log)
log.clear()

# break skips the else; continue goes to the next item.
for a, b in zip(nums(5), "xyz"):
    if a == 0:
        continue
    if b == "z":
        break
    log.append(("body", a, b))
else:
    log.append("else")
print(log)
log.clear()

# A bad other argument fails when zip is made: after the generator's arguments,
# before its body.
try:
    for a, b in zip(nums(arg(2)), 5):
        log.append("not reached")
except TypeError as e:
    log.append(str(e))
print(log)
log.clear()

# Three iterables, with typed lists and a dynamic one.
mixed = [1, "two", 3.0]
for a, b, c in zip(nums(4), [1.5, 2.5, 3.5, 4.5], mixed):
    print(a, b, c)
log.clear()


def failing(n):
    for i in range(n):
        if i == 2:
            raise ValueError("fail at 2")
        yield i


try:
    for i, v in enumerate(failing(5)):
        print("enum", i, v)
except ValueError as e:
    print("caught", e)

try:
    for a, b in zip(failing(5), other(5)):
        print("zip", a, b)
except ValueError as e:
    print("caught", e, log)
log.clear()


def pairs():
    yield 1, "a"
    yield 2, "b"


for i, (n, s) in enumerate(pairs()):
    print(i, n, s)

for i, x in enumerate(v * 2 for v in range(3)):
    print("genexpr", i, x)

g = nums(3)
for i, v in enumerate(g):
    print("stored", i, v)

total = 0
for a, b in zip((x * x for x in range(100)), range(50, 200)):
    total += a * b
print(total)


def in_function(k):
    out = []
    for i, x in enumerate(nums(k)):
        if i == 1:
            return out
        out.append(x)
    return out


print(in_function(5), in_function(1))
