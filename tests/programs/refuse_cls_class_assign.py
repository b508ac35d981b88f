# Assigning obj.__class__ is refused: compiled objects keep the class they were made with.
class A:
    def hi(self):
        return "A"


class B:
    def hi(self):
        return "B"


a = A()
a.__class__ = B
print(a.hi())
