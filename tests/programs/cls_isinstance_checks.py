# isinstance and issubclass with user classes, tuples of classes and builtins.
class Vehicle:
    pass


class Car(Vehicle):
    pass


class Truck(Vehicle):
    pass


class PickUp(Car, Truck):
    pass


class Boat:
    pass


class MyList(list):
    def total(self):
        return sum(self)


class MyInt(int):
    pass


things = [Vehicle(), Car(), Truck(), PickUp(), Boat(), MyList([1, 2]), MyInt(5), 5, "car"]
for t in things:
    name = type(t).__name__
    print(f"{name:8} vehicle={isinstance(t, Vehicle)!s:5} car={isinstance(t, Car)!s:5} "
          f"car_or_boat={isinstance(t, (Car, Boat))!s:5} list={isinstance(t, list)!s:5} int={isinstance(t, int)}")

print(issubclass(PickUp, Truck), issubclass(PickUp, (Boat, Car)), issubclass(Boat, object))
print(issubclass(bool, int), issubclass(MyInt, int), issubclass(int, MyInt))
print(type(MyInt(5)) is int, type(MyInt(5)) is MyInt, MyInt(5) + 1, type(MyInt(5) + 1).__name__)
ml = MyList([3, 4])
ml.append(5)
print(ml, ml.total(), len(ml), type(ml).__name__, type(ml + [1]).__name__)
print(type(Car()) == Car, type(Car()) == Vehicle)
print(Car.__name__, Car.__qualname__, Car.__module__)
try:
    isinstance(Car(), "Car")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Car(), Vehicle)
except TypeError as e:
    print("TypeError:", e)


def area(shape):
    if isinstance(shape, (int, float)):
        return shape * shape
    if isinstance(shape, tuple):
        w, h = shape
        return w * h
    if isinstance(shape, dict):
        return shape["w"] * shape["h"]
    raise TypeError(f"cannot take area of {type(shape).__name__}")


for s in [3, 2.5, (2, 5), {"w": 4, "h": 4}, True, "square"]:
    try:
        print(repr(s), "->", area(s))
    except TypeError as e:
        print(repr(s), "->", "TypeError:", e)
