# for-loops over itertools.chain(...) of generators: the arguments are evaluated first,
# each generator's body runs when the chain reaches it, iter() of the other iterables
# is taken when reached, break/continue/else behave as for any loop.
from itertools import chain

log = []


def arg(x):
    log.append(("arg", x))
    return x


def nums(n, tag):
    log.append(("start", tag))
    for i in range(n):
        yield i
    log.append(("end", tag))


for x in chain(nums(arg(2), "a"), [10, 11], nums(arg(1), "b")):
    log.append(("body", x))
else:
    log.append("else")
print(log)
log.clear()

for x in chain(nums(3, "a"), nums(3, "b")):
    if x == 1:
        continue
    if x == 2:
        break
    log.append(("body", x))
else:
    log.append("else")
print(log)
log.clear()

# A non-iterable fails only when the chain reaches it.
try:
    for x in chain(nums(2, "a"), 5, nums(2, "b")):
        log.append(("body", x))
except TypeError as e:
    log.append(str(e))
print(log)
log.clear()


def failing():
    yield 1
    raise ValueError("bad")


try:
    for x in chain("ab", failing(), nums(1, "c")):
        log.append(x)
except ValueError as e:
    log.append(str(e))
print(log)
log.clear()

total = 0
for x in chain((i * i for i in range(10)), range(5), nums(4, "z")):
    total += x
print(total)


def search(items, target):
    for x in chain(nums(3, "p"), items):
        if x == target:
            return "found %r" % (x,)
    return "missing"


print(search([5, "s"], "s"), search([], 7), search([1], 1))
g = nums(2, "stored")
for x in chain(g, nums(1, "next")):
    print(x)
print(log)
