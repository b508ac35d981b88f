# A typed class's property and constant replaced or deleted through the class: reads
# through instances see the change, as in Python.


class Box:
    SIZE = 3

    def __init__(self, w):
        self.w = w

    @property
    def area(self):
        return self.w * self.SIZE


class Wide(Box):
    SIZE = 5


b, w = Box(2), Wide(2)
print(b.area, w.area, b.SIZE, w.SIZE)
Box.area = 99
print(b.area, w.area)
Wide.SIZE = -1
print(b.SIZE, w.SIZE)
del Wide.SIZE
print(w.SIZE)
del Box.SIZE
try:
    print(w.SIZE)
except AttributeError as e:
    print("AttributeError:", e)
