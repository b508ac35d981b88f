# generator.throw() with an instance of a user exception class, with a class and a
# value, and with the (type, value, traceback) triple of sys.exc_info().
import sys


class Cancelled(Exception):
    pass


class Timeout(Cancelled):
    def __init__(self, after):
        super().__init__(f"after {after}s")
        self.after = after


def task(name):
    done = 0
    try:
        while True:
            yield f"{name} step {done}"
            done += 1
    except Timeout as t:
        print(f"{name}: timeout {t.after} ({t})")
        yield f"{name} gave up"
    except Cancelled as c:
        print(f"{name}: cancelled: {c!r}")
    return done


t = task("a")
print(next(t), next(t))
print(t.throw(Timeout(3)))
try:
    next(t)
except StopIteration as s:
    print("returned", s.value)

t = task("b")
next(t)
try:
    t.throw(Cancelled("stop"))
except StopIteration as s:
    print("returned", s.value)

t = task("c")
next(t)
try:
    t.throw(Cancelled, "by class")
except StopIteration as s:
    print("returned", s.value)

t = task("d")
next(t)
try:
    raise Timeout(9)
except Timeout:
    print(t.throw(*sys.exc_info()))
try:
    t.throw(Timeout(1), "extra")
except TypeError as e:
    print("TypeError:", e)
t = task("e")
next(t)
t.throw(KeyError("not handled"))
