# `for x in obj` where obj's class defines `__iter__` as a generator: the loop calls it
# directly and its items are typed; the same objects iterated by builtins, in escaped,
# optional and subclass positions behave as in CPython.


class Bag:
    def __init__(self, *items):
        self.items = list(items)
        self.opened = 0

    def __iter__(self):
        self.opened += 1
        for x in self.items:
            if x is not None:
                yield x


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1


b = Bag(3, -1, 2**70, 7)
t = 0
for x in b:
    t += x
print(t, b.opened)
for x in b:
    if x > 5:
        print("big", x)
        break
else:
    print("no break")
print(b.opened, [x * 2 for x in b], sum(x for x in b), sorted(b), list(b), max(b))
pairs = []
for x in Countdown(3):
    for y in Countdown(x):
        pairs.append((x, y))
print(pairs)
empty = Countdown(0)
for x in empty:
    print("never")
else:
    print("empty loop else")



# Instances seen only by loops (typed items, the body fused into the loop).
class Steps:
    def __init__(self, lo, hi, step):
        self.lo = lo
        self.hi = hi
        self.step = step

    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v * 1.5
            v += self.step


acc = 0.0
st = Steps(-3, 4, 2)
for v in st:
    acc += v
for v in st:
    if v > 0:
        st.hi = 100
        break
print(acc, st.hi, [v for v in Steps(0, 3, 1)])


# The generator body runs when the loop starts, reading the instance then.
c = Countdown(2)
for x in c:
    c.n = 10
    print("item", x)


# A subclass overriding __iter__, seen through a variable of either class.
class Evens(Countdown):
    def __iter__(self):
        for k in range(0, self.n, 2):
            yield k


for obj in [Countdown(3), Evens(7)]:
    print(type(obj).__name__, [x for x in obj])
o = Evens(5)
print(list(o), [v for v in o])


# A non-generator __iter__ (an iterator object) keeps the dynamic protocol.
class Wrapper:
    def __init__(self, xs):
        self.xs = xs

    def __iter__(self):
        return iter(self.xs)


for x in Wrapper("héllo"):
    print(x, end="|")
print()


# StopIteration raised inside the generator becomes RuntimeError (PEP 479), and an
# exception in the body leaves through the loop.
class Broken:
    def __init__(self, mode):
        self.mode = mode

    def __iter__(self):
        yield 1
        if self.mode == "stop":
            raise StopIteration
        raise KeyError(self.mode)


for mode in ["stop", "key"]:
    try:
        for x in Broken(mode):
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e)
    except KeyError as e:
        print("KeyError:", e)

# An optional receiver: None is not iterable.
maybe = None
if len(b.items) > 10:
    maybe = Countdown(2)
for x in Countdown(1):
    print("one", x)
for x in maybe:
    print(x)
