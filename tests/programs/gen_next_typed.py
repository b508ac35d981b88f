# next(g) and next(g, default) on generators with typed items: the item, StopIteration
# with the return value at the end, the default evaluated before the generator resumes.


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done-%d" % n


def floats():
    yield 1.5
    yield 2.5


def strs():
    yield "a"
    yield "b"


def noisy(label):
    print("default evaluated", label)
    return -1


def gen_noisy():
    print("body runs")
    yield 10


g = counter(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)

g = counter(4)
t = 0
while True:
    x = next(g, -1)
    if x < 0:
        break
    t += x
print(t, next(g, None), next(g, "dflt"))

f = floats()
print(next(f) + next(f), next(f, 0))
s = strs()
print(next(s) + next(s), next(s, None))

h = gen_noisy()
print(next(h, noisy("first")))
print(next(h, noisy("second")))

# A partially consumed generator resumed by a for loop and by list().
c = counter(6)
print(next(c), next(c))
for v in c:
    print("loop", v)
    if v == 3:
        break
print(list(c), next(c, "end"))


# Errors raised inside the body come out of next().
def failing():
    yield 1
    raise KeyError("inside")


fg = failing()
print(next(fg))
try:
    next(fg, 0)
except KeyError as e:
    print("KeyError", e)
print(next(fg, "finished"))


def stopper():
    yield 1
    next(iter([]))


st = stopper()
print(next(st))
try:
    next(st, None)
except RuntimeError as e:
    print("RuntimeError", e)


# A generator resuming itself through next().
def selfish(box):
    yield 1
    yield next(box[0])


box = []
sg = selfish(box)
box.append(sg)
print(next(sg))
try:
    next(sg)
except ValueError as e:
    print("ValueError", e)

# Generators in a list: typed items after indexing.
gens = [counter(2), counter(3)]
print(next(gens[0]) + next(gens[1]), next(gens[1], 99), sum(gens[1]))
