# generator.close() and generator.throw(): GeneratorExit, finally blocks, exception injection.
def worker(name):
    print(f"  {name}: start")
    try:
        while True:
            try:
                job = yield
                print(f"  {name}: job {job}")
            except ValueError as e:
                print(f"  {name}: recovered from ValueError({e})")
    finally:
        print(f"  {name}: finally")


w = worker("w1")
next(w)
w.send("a")
w.throw(ValueError("bad job"))
w.send("b")
w.close()
print("closed; send after close:")
try:
    w.send("c")
except StopIteration:
    print("  StopIteration")
w.close()   # closing twice is fine

w2 = worker("w2")
next(w2)
try:
    w2.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated:", e)


# close() on a generator that never started does not run its body.
never = worker("never")
never.close()
print("never started, closed quietly")


# A generator that catches GeneratorExit and yields again is an error.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


# A generator can catch GeneratorExit to clean up, then return.
def tidy():
    try:
        yield "working"
    except GeneratorExit:
        print("  tidy: got GeneratorExit")
        raise


t = tidy()
print(next(t))
t.close()


# throw() into a generator returns the next yielded value.
def resilient():
    count = 0
    while True:
        try:
            yield count
        except ArithmeticError as e:
            count += 100
            print(f"  resilient caught {type(e).__name__}")
        count += 1


r = resilient()
print(next(r), next(r), r.throw(ZeroDivisionError), next(r))
r.close()


# throw() into an unstarted generator raises immediately.
fresh = resilient()
try:
    fresh.throw(OverflowError("early"))
except OverflowError as e:
    print("OverflowError:", e)
print(list(fresh))


# Exceptions raised from within a generator carry on out to the consumer.
def fragile(n):
    for i in range(n):
        if i == 2:
            raise IndexError(f"item {i} is broken")
        yield i


got = []
try:
    for v in fragile(5):
        got.append(v)
except IndexError as e:
    print("IndexError:", e, got)
