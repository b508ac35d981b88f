# A round-robin task scheduler built from generators: send(), throw() of user exception
# instances, close(), yield from, PEP 479; ends with an uncaught exception thrown in.
from collections import deque

class Cancelled(Exception):
    pass

def worker(name, n):
    total = 0
    try:
        for i in range(n):
            got = yield f"{name}:{i}"
            if got is not None:
                total += got
                print(f"  {name} received {got}")
    except Cancelled as c:
        print(f"  {name} cancelled: {c}")
        yield f"{name}:cleanup"
    finally:
        print(f"  {name} finally (total={total})")
    return total

def echo():
    received = []
    while True:
        try:
            x = yield len(received)
        except ValueError as e:
            received.append(f"err:{e}")
            continue
        except GeneratorExit:
            print("  echo closing with", received)
            raise
        if x == "stop":
            return received
        received.append(x)

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.results = {}
        self.log = []

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def run(self, max_steps=50):
        steps = 0
        while self.ready and steps < max_steps:
            name, gen, value = self.ready.popleft()
            steps += 1
            try:
                out = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"{name} done -> {stop.value}")
                continue
            self.log.append(out)
            nxt = steps if steps % 3 == 0 else None
            self.ready.append((name, gen, nxt))
        return steps

s = Scheduler()
s.spawn("a", worker("a", 3))
s.spawn("b", worker("b", 5))
s.spawn("c", worker("c", 1))
print("steps", s.run())
print(s.log)
print(s.results)

w = worker("d", 10)
print(next(w), next(w))
print(w.throw(Cancelled("timeout")))
try:
    next(w)
except StopIteration as e:
    print("d returned", e.value)

e = echo()
print(next(e), e.send("x"), e.send("y"), e.throw(ValueError("bad")))
e.close()
print(e.close())
e2 = echo()
next(e2)
e2.send(1)
try:
    e2.send("stop")
except StopIteration as st:
    print("stopped", st.value)

def pipeline(source, *stages):
    for st in stages:
        source = st(source)
    return source

def numbers(n):
    yield from range(n)

def evens(it):
    return (x for x in it if x % 2 == 0)

def squares(it):
    for x in it:
        yield x * x

def running(it):
    acc = 0
    for x in it:
        acc += x
        yield acc

print(list(pipeline(numbers(12), evens, squares, running)))

def delegating():
    r = yield from worker("inner", 2)
    print("  inner gave", r)
    yield "after"

dg = delegating()
print(next(dg), dg.send(5), dg.send(7), next(dg, "end"), next(dg, "end"))

w2 = worker("z", 3)
next(w2)
w2.close()
print("closed z")
try:
    w2.send(1)
except StopIteration:
    print("z exhausted")

def bad():
    yield 1
    raise StopIteration("oops")

try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)

g = worker("final", 2)
next(g)
g.throw(KeyError("unhandled"))
