# Cooperative __init__ through super() with keyword arguments in a diamond.
class Component:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")
        self.trace = ["Component"]


class Named(Component):
    def __init__(self, name="unnamed", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.trace.append("Named")


class Sized(Component):
    def __init__(self, width=1, height=1, **kwargs):
        super().__init__(**kwargs)
        self.width = width
        self.height = height
        self.trace.append("Sized")

    def area(self):
        return self.width * self.height


class Widget(Named, Sized):
    def __init__(self, visible=True, **kwargs):
        super().__init__(**kwargs)
        self.visible = visible
        self.trace.append("Widget")

    def __repr__(self):
        return f"Widget({self.name!r}, {self.width}x{self.height}, visible={self.visible})"


w = Widget(name="button", width=4, height=2)
print(w, w.area(), w.trace)
w2 = Widget(visible=False)
print(w2, w2.trace)
try:
    Widget(name="x", colour="red")
except TypeError as e:
    print("TypeError:", e)


# super() with explicit arguments skips a level of the MRO.
class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B" + super().f()


class C(B):
    def f(self):
        return "C" + super(B, self).f()


print(C().f(), B().f())


# super() in a property and in __repr__ / __str__.
class Temperature:
    def __init__(self, c):
        self.c = c

    @property
    def label(self):
        return f"{self.c}C"

    def __str__(self):
        return "T=" + self.label


class Precise(Temperature):
    @property
    def label(self):
        return super().label + "(precise)"

    def __str__(self):
        return "[" + super().__str__() + "]"


print(str(Temperature(20)), str(Precise(21.5)))
