# An Enum with __new__ setting _value_ (and extra attributes), __init__ after it.
from enum import Enum


class Coin(Enum):
    PENNY = (1, "penny")
    NICKEL = (5, "nickel")
    DIME = (10, "dime")
    CENT = (1, "cent")

    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    def __str__(self):
        return f"{self.label} ({self.value}c)"


print(list(Coin), Coin(5), Coin.CENT is Coin.PENNY, Coin.DIME.label, Coin.PENNY.value, repr(Coin.DIME))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __new__(cls, mass, radius):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        return obj

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print([(p.name, p.value, p.mass) for p in Planet], Planet(2))


class Ordered(Enum):
    A = "a"
    B = "b"

    def __new__(cls, v):
        obj = object.__new__(cls)
        obj.index = len(cls.__members__)
        return obj


print([(m.value, m.index) for m in Ordered], Ordered("b"))
