# An uncaught PEP 479 error: StopIteration leaking out of a generator body becomes
# "RuntimeError: generator raised StopIteration" on the last stderr line.
def pairs(items):
    it = iter(items)
    for first in it:
        second = next(it)          # raises StopIteration when the length is odd
        yield first, second


print(list(pairs([1, 2, 3, 4])))
print(dict(pairs("aAbB")))
print(list(pairs([1, 2, 3])))
print("unreachable")
