# Generator fusion and exceptions: where each exception goes must not change when a
# generator is inlined into its consumer (codegen fuse.rs).


def nums(n):
    for i in range(n):
        yield i


def catches(n):
    # Not fused (a yield inside try); the consumer's exception must not land here.
    for i in range(n):
        try:
            yield i
        except ValueError:
            print("generator caught it (wrong)")


def stops(n):
    for i in range(n):
        if i == 2:
            raise StopIteration("inner")
        yield i


def exhausted(xs):
    it = iter(xs)
    while True:
        yield next(it)


def fails_after(n):
    for i in range(n):
        yield i
    raise KeyError("after")


def arg_fails():
    print("arg evaluated")
    return 1 // 0


print("== consumer exception")
try:
    for v in catches(3):
        print("got", v)
        if v == 1:
            raise ValueError("from consumer")
except ValueError as e:
    print("consumer caught", e)

try:
    for v in nums(3):
        if v == 1:
            raise ValueError("fused consumer")
except ValueError as e:
    print("caught", e, v)

print("== StopIteration in the consumer stays StopIteration")
try:
    for v in nums(3):
        if v == 2:
            raise StopIteration("consumer")
except StopIteration as e:
    print("StopIteration", e)
except RuntimeError as e:
    print("wrong", e)

print("== PEP 479")
seen = []
try:
    for v in stops(5):
        seen.append(v)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__, seen)
try:
    print(list(exhausted([1, 2])))
except RuntimeError as e:
    print("RuntimeError", e)
try:
    print(sum(stops(4)))
except StopIteration:
    print("wrong")
except RuntimeError as e:
    print("sum:", e)
try:
    print([x for x in stops(4)])
except RuntimeError as e:
    print("comp:", e)


def outer(xs):
    for x in xs:
        yield x


try:
    print(list(outer(stops(3))))
except RuntimeError as e:
    print("nested:", e)

print("== errors after some items")
got = []
try:
    for v in fails_after(3):
        got.append(v)
except KeyError as e:
    print("KeyError", e, got)
try:
    total = sum(fails_after(3))
except KeyError as e:
    print("sum KeyError", e)

print("== argument errors come before the body")


def loud(x):
    print("body runs")
    yield x


try:
    for v in loud(arg_fails()):
        print(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def helper(x):
    if x == 3:
        raise IndexError("helper")
    return x


def uses_helper(n):
    for i in range(n):
        yield helper(i)


try:
    print(max(uses_helper(5)))
except IndexError as e:
    print("IndexError", e)

print("== set() stops at an unhashable item")


def unhashable():
    yield 1
    yield [2]
    print("not reached")


try:
    set(unhashable())
except TypeError as e:
    print("TypeError", e)

print("== uncaught")
print(sum(x for x in stops(5)))
