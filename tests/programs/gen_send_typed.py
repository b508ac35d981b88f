# send() on generators whose yields are typed: the item comes back unboxed, the value
# sent is what the yield expression evaluates to, StopIteration and errors as in CPython.


def averager():
    total = 0
    count = 0
    avg = 0
    while True:
        x = yield avg
        if x is None:
            return "stopped after %d" % count
        total += x
        count += 1
        avg = total // count


a = averager()
print(next(a))
print([a.send(v) for v in (10, 20, 30, 41)])
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    a.send(5)
except StopIteration as e:
    print("again", e.args)

# A value of any type may be sent; the generator decides what to do with it.
def typed_echo():
    n = 0
    while True:
        got = yield n
        n = len(str(got))


t = typed_echo()
print(next(t), t.send("hello"), t.send(12345678), t.send([1, 2]), t.send(None))

# Sending a non-None value to a just-started generator.
b = averager()
try:
    b.send(1)
except TypeError as e:
    print("TypeError", e)
print(b.send(None), b.send(4))


def failing():
    x = yield 1
    raise ValueError("got %r" % (x,))


f = failing()
print(next(f))
try:
    f.send("boom")
except ValueError as e:
    print("ValueError", e)
try:
    f.send(1)
except StopIteration:
    print("finished")


# send() into a generator that resumes itself.
def reentrant(box):
    x = yield 1
    yield box[0].send(x)


box = []
r = reentrant(box)
box.append(r)
next(r)
try:
    r.send(3)
except ValueError as e:
    print("ValueError", e)


# A coroutine pipeline driven by send.
def sink(out):
    while True:
        x = yield 0
        out.append(x * 2)


def relay(target):
    count = 0
    while True:
        x = yield count
        if x % 2:
            target.send(x)
            count += 1


out = []
s = sink(out)
next(s)
rl = relay(s)
next(rl)
last = 0
for i in range(10):
    last = rl.send(i)
print(out, last)
