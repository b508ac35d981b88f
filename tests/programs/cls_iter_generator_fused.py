# Instances seen only by `for` loops and attribute access: their generator `__iter__` is
# called directly, its items typed, and its body fused into each loop.


class Steps:
    def __init__(self, lo, hi, step):
        self.lo = lo
        self.hi = hi
        self.step = step
        self.runs = 0

    def __iter__(self):
        self.runs += 1
        v = self.lo
        while v < self.hi:
            yield v * 1.5
            v += self.step


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x - y


acc = 0.0
st = Steps(-3, 4, 2)
for v in st:
    acc += v
for v in st:
    if v > 0:
        st.hi = 100  # read by the running generator at its next test
    if v > 9:
        break
print(acc, st.hi, st.runs, [v for v in Steps(0, 3, 1)])
t = 0
n = 0
g = Grid(300, 200)
for d in g:
    t += d * d
    n += 1
print(t, n, sum(d for d in Grid(4, 3)), [d for d in Grid(2, 2) if d != 0])
big = Steps(2**64, 2**64 + 3, 1)
for v in big:
    print(v)
for v in Steps(5, 1, 1):
    print("never")
else:
    print("empty", Steps(0, 0, 1).runs)
