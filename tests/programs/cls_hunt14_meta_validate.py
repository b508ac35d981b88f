class Interface(type):
    def __new__(mcs, name, bases, ns):
        print("checking", name)
        required = ns.get("required", ())
        for base in bases:
            required = tuple(required) + tuple(getattr(base, "required", ()))
        missing = [m for m in required if m not in ns and not any(hasattr(b, m) for b in bases)]
        if missing and bases:
            raise TypeError(f"{name} must define {', '.join(missing)}")
        return super().__new__(mcs, name, bases, ns)


class Shape(metaclass=Interface):
    required = ("area", "perimeter")


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


sq = Square(3)
print(sq.area(), sq.perimeter(), type(Square).__name__)
try:
    class Bad(Shape):
        def area(self):
            return 0
except TypeError as e:
    print("caught:", e)
print("now the real one")


class Circle(Shape):
    def area(self):
        return 3.14
