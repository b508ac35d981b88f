# Generator methods of classes: `def __iter__(self): yield ...`, and a method generator.
import sys


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x + y

    def row(self, y):
        for x in range(self.w):
            yield x * y


N = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
g = Grid(N, N)
t = 0
for v in g:
    t += v
print(t)
u = 0
for y in range(N):
    for v in g.row(y):
        u += v
print(u)
