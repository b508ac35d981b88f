# `type(x)` of an object whose class inference does not know (an item of a mixed list):
# any class may be constructed from it, with any arguments.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Label:
    def __init__(self, text):
        self.text = text.strip()


things = [Point(3, -4), Label("  hi "), 7, None]
print(Point(1, 2).norm1(), Label(" a ").text)
for t in things:
    k = type(t)
    if k is Point:
        print(k(1.5, -2).norm1(), k(-(10**20), 1).norm1())
    elif k is Label:
        print(repr(k("\tx\n").text))
    else:
        print(k.__name__)
made = [type(t) for t in things[:2]]
print(made[0]("a", "b").x + made[0]("c", "d").y, made[1]("  z").text)
